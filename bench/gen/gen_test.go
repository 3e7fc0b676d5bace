package gen

import (
	"bytes"
	"maps"
	"slices"
	"testing"

	"parley/data"
	"parley/model"
)

func TestGeneratedDatasetLoads(t *testing.T) {
	p := Params{Seed: 7, Events: 3000, Actors: 40, SourceBytes: 64 << 10}
	ld, err := Load(p)
	if err != nil {
		t.Fatalf("generated dataset does not validate: %v", err)
	}
	ds := ld.Safe
	if len(ds.Events) != p.Events || len(ds.Actors) != p.Actors || len(ds.Sources) != 8 {
		t.Fatalf("got %d events, %d actors, %d sources; want %d, %d, 8", len(ds.Events), len(ds.Actors), len(ds.Sources), p.Events, p.Actors)
	}
	text := 0
	for _, s := range ds.Sources {
		text += len(s.Text)
	}
	if text < p.SourceBytes || text > p.SourceBytes+p.SourceBytes/4 {
		t.Errorf("source text is %d bytes, want about %d", text, p.SourceBytes)
	}
	seen := map[string]bool{}
	quotes, links := 0, 0
	for _, e := range ds.Events {
		seen[string(e.Date.Precision)] = true
		quotes += len(e.Quotes)
		links += len(ds.Related(e))
	}
	if len(seen) != 4 {
		t.Errorf("date precisions used: %v, want all four", slices.Sorted(maps.Keys(seen)))
	}
	if quotes == 0 || links == 0 {
		t.Errorf("%d quotes and %d related links, want some of each", quotes, links)
	}
	if got := ds.Query(model.Filter{Search: "summit"}); len(got) == 0 || len(got) == len(ds.Events) {
		t.Errorf("search for a common word kept %d of %d events, want some but not all", len(got), len(ds.Events))
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	p := Params{Seed: 11, Events: 500, Actors: 30, SourceBytes: 32 << 10}
	a, b := Generate(p), Generate(p)
	if !bytes.Equal(a.JSON, b.JSON) || !maps.EqualFunc(a.Texts, b.Texts, bytes.Equal) {
		t.Fatal("two generations with the same seed differ")
	}
	p.Seed++
	if c := Generate(p); bytes.Equal(a.JSON, c.JSON) {
		t.Fatal("a different seed generated the same dataset")
	}
}

func TestBenchmarkShapeFitsTheFileLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 100k events")
	}
	f := Generate(RichSized(100_000))
	if int64(len(f.JSON)) > data.DefaultMaxBytes {
		t.Fatalf("100k rich events' JSON is %d bytes, over the loader's %d limit", len(f.JSON), int64(data.DefaultMaxBytes))
	}
}

// With few events, two of them often pick each other; the pair must still
// be linked once, or the loader refuses the dataset.
func TestFewEventsNeverLinkAPairTwice(t *testing.T) {
	for seed := range uint64(200) {
		if _, err := Load(Params{Seed: seed, Events: 3, Actors: 3, SourceBytes: 2 << 10}); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
	}
}
