package gen

import (
	"testing"

	"parley/data"
)

// BenchmarkLoad100k is data.Load on 100k generated events, lean (about
// 0.55 KB of JSON each) and rich (about 1.2 KB, as full as the embedded
// events): the loader's share of start-up. Run with:
//
//	go test ./bench/gen -run '^$' -bench Load -benchmem
func BenchmarkLoad100k(b *testing.B) {
	for _, shape := range []struct {
		name string
		p    Params
	}{{"lean", Sized(100_000)}, {"rich", RichSized(100_000)}} {
		b.Run(shape.name, func(b *testing.B) {
			f := Generate(shape.p)
			b.SetBytes(int64(len(f.JSON)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := data.Load("generated.json", f.JSON, f.Open); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
