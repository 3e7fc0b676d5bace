package gen

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"parley/data"
)

// The rich shape stands for datasets as full as the embedded one: its
// median event, written compactly, is within 20% of the embedded median.
func TestRichEventsMatchTheEmbeddedSize(t *testing.T) {
	embedded := medianEventBytes(t, data.EmbeddedJSON())
	rich := medianEventBytes(t, Generate(Params{Seed: 3, Events: 2000, Actors: 100, SourceBytes: 256 << 10, Rich: true}).JSON)
	if rich < embedded*8/10 || rich > embedded*12/10 {
		t.Fatalf("rich median event is %d bytes, embedded %d: want within 20%%", rich, embedded)
	}
	t.Logf("median event: rich %d bytes, embedded %d", rich, embedded)
}

func TestRichDatasetLoadsWithPhasesAndJointQuotes(t *testing.T) {
	ld, err := Load(Params{Seed: 5, Events: 3000, Actors: 60, SourceBytes: 64 << 10, Rich: true})
	if err != nil {
		t.Fatalf("rich dataset does not validate: %v", err)
	}
	ds := ld.Safe
	if len(ds.Phases) == 0 {
		t.Error("no phases in a rich dataset")
	}
	joint, excerpts := 0, 0
	for _, e := range ds.Events {
		excerpts += len(e.Excerpts)
		for _, q := range e.Quotes {
			if len(q.Speakers) > 1 {
				joint++
			}
		}
	}
	if joint == 0 {
		t.Error("no quote has several speakers")
	}
	if per := float64(excerpts) / float64(len(ds.Events)); per < 2 {
		t.Errorf("%.2f excerpts per event, want two or three", per)
	}
	if n := len(ld.Warnings); n != 0 {
		t.Errorf("%d warnings, want none: %v", n, ld.Warnings[:min(n, 3)])
	}
}

func medianEventBytes(t *testing.T, file []byte) int {
	t.Helper()
	var doc struct{ Events []json.RawMessage }
	if err := json.Unmarshal(file, &doc); err != nil {
		t.Fatal(err)
	}
	sizes := make([]int, len(doc.Events))
	for i, e := range doc.Events {
		var b bytes.Buffer
		if err := json.Compact(&b, e); err != nil {
			t.Fatal(err)
		}
		sizes[i] = b.Len()
	}
	slices.Sort(sizes)
	return sizes[len(sizes)/2]
}
