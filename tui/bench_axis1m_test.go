package tui

import (
	"os"
	"strings"
	"testing"

	"parley/bench/gen"
)

// BenchmarkGenAxisMillion is the time axis on a million rich events
// (about 1.3 GB of JSON; generating and loading it takes a minute and
// several GB), so it runs only when asked:
//
//	PARLEY_BENCH_MILLION=1 go test ./tui -run '^$' -bench GenAxisMillion -benchtime 20x
//
// place: the layout a first t hands to a goroutine and its adoption;
// t: the key once placed; then each kind of axis key and its frame.
func BenchmarkGenAxisMillion(b *testing.B) {
	if os.Getenv("PARLEY_BENCH_MILLION") == "" {
		b.Skip("set PARLEY_BENCH_MILLION=1 to run")
	}
	ds := genDataset(b, gen.RichSized(1_000_000))
	base := placeNow(b, press(b, resized(New(ds, Options{}), 120, 40), "t"))
	b.Run("place", func(b *testing.B) { benchAxisPlace(b, base) })
	for _, keys := range [][]string{{"t"}, {"l", "h"}, {"+", "+", "-", "-"}, {"j", "k"}, {"=", "c"}} {
		b.Run("keys="+strings.Join(keys, ""), func(b *testing.B) {
			m, i := base, 0
			for b.Loop() {
				m = press(b, m, keys[i%len(keys)])
				_ = m.View()
				i++
			}
		})
	}
}
