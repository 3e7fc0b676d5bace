package data

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Each hostile dataset either loads with every shown string terminal-safe,
// or is refused with the path and reason of each problem.
func TestHostileDatasets(t *testing.T) {
	cases := []struct {
		file   string
		reject []string // lines the report must hold; none means it must load
	}{
		{file: "escape-sequences.json"},
		{file: "control-characters.json"},
		{file: "invalid-utf8.json"},
		{file: "bidi-and-zero-width.json"},
		{file: "wide-characters.json"},
		{file: "cyclic-links.json"},
		{file: "duplicate-ids.json", reject: []string{
			`actors[2].id: duplicate actor id "a1" (first defined at actors[0])`,
			`events[1].id: duplicate event id "e1" (first defined at events[0])`,
		}},
		{file: "dangling-references.json", reject: []string{
			`events[0] "e1".actors[2].actor: no actor has id "ghost"`,
			`events[0] "e1".excerpts[1].source: no source has id "lost-source"`,
			`events[0] "e1".related[0].event: no event has id "nowhere"`,
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join("testdata", "hostile", c.file)
			loaded, err := LoadFile(path, DefaultMaxBytes)
			if len(c.reject) > 0 {
				if err == nil {
					t.Fatalf("loaded, want it refused")
				}
				for _, want := range c.reject {
					if !strings.Contains(err.Error(), path+": "+want) {
						t.Errorf("report:\n%v\nwant a line: %s: %s", err, path, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("refused, want it loaded:\n%v", err)
			}
			walkStrings(reflect.ValueOf(loaded.Safe.Events), "events", func(where, s string) { assertTerminalSafe(t, where, s) })
			walkStrings(reflect.ValueOf(loaded.Safe.Actors), "actors", func(where, s string) { assertTerminalSafe(t, where, s) })
			walkStrings(reflect.ValueOf(loaded.Safe.Sources), "sources", func(where, s string) { assertTerminalSafe(t, where, s) })
			walkStrings(reflect.ValueOf(loaded.Safe.Phases), "phases", func(where, s string) { assertTerminalSafe(t, where, s) })
		})
	}
}

func TestCyclicLinksAreListedOnceEachWay(t *testing.T) {
	loaded, err := LoadFile(filepath.Join("testdata", "hostile", "cyclic-links.json"), DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	// e1 leads to e2, e2 to e3, and e3 responds to e1: each event lists
	// the link it declares and the one that points at it.
	want := map[string][]string{
		"e1": {"leads to e2", "prompted e3"},
		"e2": {"leads to e3", "follows from e1"},
		"e3": {"responds to e1", "follows from e2"},
	}
	for id, w := range want {
		var got []string
		for _, r := range loaded.Safe.Related(loaded.Safe.Event(id)) {
			got = append(got, r.Phrase()+" "+r.Event.ID)
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("related to %s = %v, want %v", id, got, w)
		}
	}
}

func TestHugeQuoteAndCrowdedEventLoad(t *testing.T) {
	quote := strings.Repeat("A very long quotation. ", 1<<20/23)
	doc := map[string]any{
		"schema":  "parley/1",
		"sources": []any{map[string]any{"id": "s", "title": "Long", "text": "Intro. " + quote}},
		"actors":  []any{},
		"events": []any{map[string]any{
			"id": "crowd", "title": "Everyone speaks", "summary": "A crowd.", "status": "occurred",
			"date": map[string]any{"precision": "none"}, "actors": []any{}, "excerpts": []any{},
			"quotes": []any{map[string]any{"speaker": "actor-0", "text": quote, "kind": "direct",
				"excerpt": map[string]any{"source": "s", "text": quote}}},
		}},
	}
	const crowd = 10000
	for i := 0; i < crowd; i++ {
		id := fmt.Sprintf("actor-%d", i)
		doc["actors"] = append(doc["actors"].([]any), map[string]any{"id": id, "name": "Actor " + id, "kind": "person", "side": "none"})
		ev := doc["events"].([]any)[0].(map[string]any)
		ev["actors"] = append(ev["actors"].([]any), map[string]any{"actor": id, "part": "speaks"})
	}
	raw, _ := json.Marshal(doc)
	loaded, err := Load("huge.json", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := loaded.Safe.Event("crowd")
	if len(loaded.Safe.ActorsOf(e)) != crowd || len(e.Quotes[0].Text) < 1<<20-23 {
		t.Errorf("got %d actors and a %d-byte quote", len(loaded.Safe.ActorsOf(e)), len(e.Quotes[0].Text))
	}
}
