package export_test

import (
	"fmt"
	"io"
	"testing"

	"parley/bench/gen"
	"parley/export"
)

// BenchmarkExport writes every format for a generated dataset of 10k
// events (500 actors), the way --export does: the whole view, to a
// writer that keeps nothing. Y in the explorer is the markdown case.
//
//	go test ./export -run '^$' -bench Export -benchmem
func BenchmarkExport(b *testing.B) {
	ld, err := gen.Load(gen.Sized(10_000))
	if err != nil {
		b.Fatal(err)
	}
	v := export.View{Dataset: ld.Raw, Events: ld.Raw.Events, About: "all events"}
	for _, format := range export.Formats {
		b.Run(fmt.Sprintf("%s/events=%d", format, len(v.Events)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := export.Write(io.Discard, format, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
