// Package gen generates large, valid parley/1 datasets for benchmarks and
// soak tests. The output depends only on Params: the same seed gives the
// same bytes on every run and machine.
package gen

// Params sizes a generated dataset.
type Params struct {
	Seed        uint64
	Events      int
	Actors      int
	SourceBytes int  // total size of the source texts, approximately
	Sources     int  // number of source documents; 0 means one per 8 KiB of text
	Rich        bool // events as full as the embedded dataset's (see rich.go)
}

// DefaultSeed is the seed Sized uses, so every tool measures the same data.
const DefaultSeed = 2018

// Sized is the benchmark shape for a number of events: 500 actors and
// 1 MiB of source text whatever the event count, so that growth between
// sizes comes from the events alone.
func Sized(events int) Params {
	return Params{Seed: DefaultSeed, Events: events, Actors: 500, SourceBytes: 1 << 20}
}

// RichSized is Sized with rich events: about 1.3 KB of JSON each, as in
// the embedded dataset, so 100k events make about 130 MB.
func RichSized(events int) Params {
	p := Sized(events)
	p.Rich = true
	return p
}

// normalised fills defaults and clamps nonsense so generation cannot fail.
func (p Params) normalised() Params {
	p.Events = max(p.Events, 1)
	p.Actors = max(p.Actors, 1)
	p.SourceBytes = max(p.SourceBytes, 1024)
	if p.Sources <= 0 {
		p.Sources = p.SourceBytes / (8 << 10)
	}
	p.Sources = max(min(p.Sources, p.SourceBytes/512), 1)
	return p
}
