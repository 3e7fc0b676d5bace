package tui

import (
	"testing"

	"parley/internal/testkit"
)

// BenchmarkEmbeddedStartup is the explorer's start-up on the embedded
// dataset at 120x40, step by step: loading the dataset (data.Embedded,
// through testkit), New, the first window size, the first frame, and all
// of them together. Whatever runs before Bubble Tea's renderer starts
// (the load and New) delays the first frame one for one; the size and
// the frame fall in the renderer's first tick (16.7 ms) but still take a
// core. Run with:
//
//	go test ./tui -run '^$' -bench EmbeddedStartup -benchmem
func BenchmarkEmbeddedStartup(b *testing.B) {
	ds := dataset(b)
	steps := []struct {
		name string
		step func(b *testing.B)
	}{
		{"load", func(b *testing.B) { testkit.Embedded(b) }},
		{"new", func(b *testing.B) { New(ds, Options{}) }},
		{"size", func(b *testing.B) { resized(New(ds, Options{}), 120, 40) }},
		{"frame", func(b *testing.B) { _ = resized(New(ds, Options{}), 120, 40).View() }},
		{"all", func(b *testing.B) { _ = resized(New(testkit.Embedded(b), Options{}), 120, 40).View() }},
	}
	for _, s := range steps {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.step(b)
			}
		})
	}
}
