package axis

import (
	"fmt"
	"os"
	"testing"

	"parley/bench/gen"
)

// Benchmarks on generated datasets of 1k, 10k and 100k lean events, 100k
// rich ones and a million lean ones (500 actors) at 120x40: a key and the
// frame it draws. A window not drawn before is binned by searches (see
// bin), so its cost grows with the lanes and columns and only the log of
// the events. Run with:
//
//	go test ./tui/axis -run '^$' -bench . -benchmem
//
// The million (about 30 s and 4 GB to generate) only with
// PARLEY_BENCH_MILLION=1, as in ./tui.

func eachGenSize(b *testing.B, bench func(b *testing.B, m Model)) {
	sizes := []gen.Params{gen.Sized(1_000), gen.Sized(10_000), gen.Sized(100_000), gen.RichSized(100_000)}
	if os.Getenv("PARLEY_BENCH_MILLION") != "" {
		sizes = append(sizes, gen.Sized(1_000_000))
	}
	for _, p := range sizes {
		name := fmt.Sprintf("events=%d", p.Events)
		if p.Rich {
			name = fmt.Sprintf("rich=%d", p.Events)
		}
		b.Run(name, func(b *testing.B) {
			ld, err := gen.SharedOf(p)
			if err != nil {
				b.Fatal(err)
			}
			ds := ld.Safe
			m := New(ds, DefaultKeyMap(), DefaultStyles())
			m.SetSize(120, 40)
			m.SetEvents(ds.Events, nil)
			b.ReportAllocs()
			b.ResetTimer()
			bench(b, m)
		})
	}
}

// BenchmarkAxisKey is each kind of axis key and its frame: a step in time
// (a pan when it leaves the window), a zoom in and out, a lane change.
func BenchmarkAxisKey(b *testing.B) {
	for _, keys := range [][]string{{"l", "h"}, {"+", "-"}, {"j", "k"}} {
		b.Run("keys="+keys[0]+keys[1], func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				m, _ = press(m, "+", "+") // zoomed in, so steps pan
				i := 0
				for b.Loop() {
					m, _ = press(m, keys[i%2])
					_ = m.View()
					i++
				}
			})
		})
	}
}

// BenchmarkAxisZoomFresh is a zoom into a window not drawn before: every
// event in view binned anew (from the fitted window: all of them).
func BenchmarkAxisZoomFresh(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		for b.Loop() {
			b.StopTimer()
			m, _ = press(m, "=")
			m.forget()
			b.StartTimer()
			m, _ = press(m, "+")
			_ = m.View()
		}
	})
}

// BenchmarkAxisSetEvents is a new filter result: lanes chosen again and
// every event placed.
func BenchmarkAxisSetEvents(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		for b.Loop() {
			m.SetEvents(m.ds.Events, nil)
		}
	})
}
