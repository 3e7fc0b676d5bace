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
	eachShape100k(b, func(b *testing.B, f *Files) {
		for b.Loop() {
			if _, err := data.Load("generated.json", f.JSON, f.Open); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoadFile100k is data.LoadFile on the same datasets written to
// disk: what the command line does, the file read as well as parsed.
//
//	go test ./bench/gen -run '^$' -bench LoadFile -benchmem
func BenchmarkLoadFile100k(b *testing.B) {
	eachShape100k(b, func(b *testing.B, f *Files) {
		path, err := f.Write(b.TempDir(), "dataset.json")
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := data.LoadFile(path, data.DefaultMaxBytes); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// eachShape100k runs load as a sub-benchmark on 100k generated events of
// each shape, lean and rich, counting the dataset's bytes.
func eachShape100k(b *testing.B, load func(b *testing.B, f *Files)) {
	for _, shape := range []struct {
		name string
		p    Params
	}{{"lean", Sized(100_000)}, {"rich", RichSized(100_000)}} {
		b.Run(shape.name, func(b *testing.B) {
			f := Generate(shape.p)
			b.SetBytes(int64(len(f.JSON)))
			b.ReportAllocs()
			load(b, f)
		})
	}
}
