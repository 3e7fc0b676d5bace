package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// tabbed is a dataset whose source text starts with a tab, which the
// terminal-safe copy widens to spaces: offsets into the raw and the safe
// text differ from there on. Its one event is undated, with nothing said
// why, and its source has no publication date.
const tabbed = `{"schema": "parley/1",
  "sources": [{"id": "s", "title": "T", "text": "\tKim met Moon. Then   they parted."}],
  "actors": [{"id": "kim", "name": "Kim", "kind": "person", "side": "north-korea"}],
  "events": [{"id": "e", "title": "Meeting", "summary": "They meet.", "status": "occurred",
    "date": {"precision": "none"},
    "actors": [{"actor": "kim", "part": "meets"}],
    "excerpts": [{"source": "s", "text": "Kim met Moon."}]}]}`

// --event prints byte offsets into the source text as the file has it,
// the same numbers --json gives, not offsets into the cleaned copy.
func TestEventPrintsTheSameOffsetsAsJSON(t *testing.T) {
	path := writeFile(t, "tabbed.json", tabbed)
	var doc struct {
		Events []struct {
			Excerpts []struct{ Start, End int }
		}
	}
	js := run(t, "--data", path, "--json")
	if err := json.Unmarshal([]byte(js.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	x := doc.Events[0].Excerpts[0]
	if x.Start != 1 || x.End != 14 {
		t.Fatalf("--json offsets %d–%d, want 1–14", x.Start, x.End)
	}
	if plain := run(t, "--data", path, "--event", "e"); !strings.Contains(plain.stdout, "[1] s, bytes 1–14") {
		t.Errorf("--event does not give --json's offsets:\n%s", plain.stdout)
	}
}

// An undated event with nothing said about why shows "no date set" once,
// not once as the date and again as its provenance; a source without a
// publication date is worded the same way in plain output and JSON.
func TestUnknownDatesAreWordedOnce(t *testing.T) {
	path := writeFile(t, "tabbed.json", tabbed)
	plain := run(t, "--data", path, "--event", "e")
	if n := strings.Count(plain.stdout, "no date set"); n != 1 {
		t.Errorf("\"no date set\" printed %d times:\n%s", n, plain.stdout)
	}
	if !strings.Contains(plain.stdout, "; publication date not known") {
		t.Errorf("--event sources line:\n%s", plain.stdout)
	}
	js := run(t, "--data", path, "--json")
	if !strings.Contains(js.stdout, `"display": "publication date not known"`) {
		t.Errorf("--json words an unknown publication date differently:\n%s", js.stdout)
	}
}
