package tui

import "testing"

// Benchmarks of the keys bench/run.py times besides j/k, the actor toggle
// and a search letter (bench_gen_test.go): a page, the ends, and the two
// views' on/off keys, each with its frame, over the generated datasets
// (lean 1k, 10k, 100k and rich 100k) at 120x40. ns/op is per key. Run
// the 100k ones with:
//
//	go test ./tui -run '^$' -bench 'Gen.*/(events|rich)=100000' -benchmem
//
// On generated data, which has no parallels links, p opens the pattern
// view on its "no two phases" line: the cost of the view's frame, not of
// aligning phases.

// BenchmarkGenPage is pgdown or pgup on the timeline and the frame.
func BenchmarkGenPage(b *testing.B) { benchGenKeys(b, "pgdown", "pgup") }

// BenchmarkGenEnds is G or g on the timeline (the last event, the first)
// and the frame.
func BenchmarkGenEnds(b *testing.B) { benchGenKeys(b, "G", "g") }

// t, the time axis on and off, is BenchmarkGenAxisToggle, with the
// axis's other benchmarks in bench_axis_test.go.

// BenchmarkGenPatternToggle is p, the pattern view over the panes and
// closed again, and the frame.
func BenchmarkGenPatternToggle(b *testing.B) { benchGenKeys(b, "p") }

// benchGenKeys presses keys in turn on a fresh explorer over each
// generated dataset, drawing the frame after each. A first key that leaves
// the frame as it was would time nothing, so it stops the benchmark.
func benchGenKeys(b *testing.B, keys ...string) {
	eachGenSize(b, func(b *testing.B, m Model) {
		if press(b, m, keys[0]).View() == m.View() {
			b.Fatalf("%s leaves the frame as it was", keys[0])
		}
		i := 0
		for b.Loop() {
			m = press(b, m, keys[i%len(keys)])
			_ = m.View()
			i++
		}
	})
}
