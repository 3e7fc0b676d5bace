package tui

import (
	"testing"

	"parley/bench/gen"
	"parley/model"
)

// Benchmarks on generated datasets of 1k, 10k and 100k lean events and
// 100k rich ones (500 actors, 1 MiB of source text) at 120x40: start-up, each pane's view, opening a
// detail and the reader, and the keys a person presses. Run with:
//
//	go test ./tui -run '^$' -bench Gen -benchmem

func genDataset(b *testing.B, p gen.Params) *model.Dataset {
	ld, err := gen.SharedOf(p)
	if err != nil {
		b.Fatal(err)
	}
	return ld.Safe
}

// genShapes are the datasets each benchmark runs on, by sub-benchmark name.
var genShapes = []struct {
	name string
	p    gen.Params
}{
	{"events=1000", gen.Sized(1_000)},
	{"events=10000", gen.Sized(10_000)},
	{"events=100000", gen.Sized(100_000)},
	{"rich=100000", gen.RichSized(100_000)},
}

// eachGenSize runs bench on a fresh 120x40 explorer over each size. Its
// keys never wait for a query's goroutine (queryWait 0): the benchmarks
// of a key time the key's own work, and BenchmarkGenSearchQuery the query.
func eachGenSize(b *testing.B, bench func(b *testing.B, m Model)) {
	for _, shape := range genShapes {
		b.Run(shape.name, func(b *testing.B) {
			ds := genDataset(b, shape.p)
			ds.IndexSearch()
			m := resized(New(ds, Options{}), 120, 40)
			m.ctx.queryWait = 0
			b.ReportAllocs()
			b.ResetTimer()
			bench(b, m)
		})
	}
}

// BenchmarkGenStartup is New, the first size and the first frame: start-up
// after the dataset is loaded.
func BenchmarkGenStartup(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		for b.Loop() {
			_ = resized(New(m.ctx.ds, Options{}), 120, 40).View()
		}
	})
}

// BenchmarkGenView is the whole frame and each pane's own view at 120x40.
func BenchmarkGenView(b *testing.B) {
	views := []struct {
		name  string
		setup []string
		view  func(m Model) []string
	}{
		{"frame", nil, func(m Model) []string { return []string{m.View()} }},
		{"timeline", nil, func(m Model) []string { return m.drawPane(paneTimeline, m.timeline.w, m.h-chromeLines) }},
		{"detail", nil, func(m Model) []string { return m.drawPane(paneDetail, m.detail.w, m.h-chromeLines) }},
		{"actors", []string{"a"}, func(m Model) []string { return m.drawPane(paneActors, m.actors.w, m.h-chromeLines) }},
		{"reader", []string{"enter", "enter"}, func(m Model) []string { return m.reader.view(&m.shared) }},
	}
	for _, v := range views {
		b.Run("pane="+v.name, func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				m = press(b, m, v.setup...)
				for b.Loop() {
					_ = v.view(m)
				}
			})
		})
	}
}

// BenchmarkGenOpenDetail is enter on the timeline and the frame it shows.
func BenchmarkGenOpenDetail(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		for b.Loop() {
			b.StopTimer()
			m = press(b, m, "esc", "j") // back to the timeline, another event
			b.StartTimer()
			m = press(b, m, "enter")
			_ = m.View()
		}
	})
}

// BenchmarkGenOpenReader is enter on the detail's first excerpt: the source
// laid out and scrolled to it, and the frame.
func BenchmarkGenOpenReader(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		for b.Loop() {
			b.StopTimer()
			m = press(b, m, "esc", "esc", "j", "enter") // close, back, another event, its detail
			b.StartTimer()
			m = press(b, m, "enter")
			_ = m.View()
		}
	})
}

// BenchmarkGenMove is j or k and the frame: it must not grow with events.
func BenchmarkGenMove(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		i := 0
		for b.Loop() {
			m = press(b, m, []string{"j", "k"}[i%2])
			_ = m.View()
			i++
		}
	})
}

// BenchmarkGenToggleActor is space in the actor filter on the busiest
// actors (the list's first) and the frame: a re-query in place below
// backgroundFrom events, handed to a goroutine (not timed) from there.
func BenchmarkGenToggleActor(b *testing.B) {
	eachGenSize(b, func(b *testing.B, m Model) {
		m = press(b, m, "a")
		for b.Loop() {
			m = press(b, m, "space")
			_ = m.View()
		}
	})
}

// BenchmarkGenSearchLetter types "summit" into search, one letter and
// one frame at a time; ns/op is per letter. From backgroundFrom events
// the query runs on a goroutine, not timed here: see
// BenchmarkGenSearchQuery.
func BenchmarkGenSearchLetter(b *testing.B) {
	const word = "summit"
	eachGenSize(b, func(b *testing.B, m Model) {
		m = press(b, m, "/")
		i := 0
		for b.Loop() {
			if i%len(word) == 0 && i > 0 {
				b.StopTimer()
				for range word {
					m = press(b, m, "backspace")
				}
				b.StartTimer()
			}
			m = press(b, m, word[i%len(word):i%len(word)+1])
			_ = m.View()
			i++
		}
	})
}
