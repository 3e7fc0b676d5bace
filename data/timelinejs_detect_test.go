package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A parley dataset that lost its schema field is reported as a parley
// dataset, not read as a timeline of headline-less events.
func TestDatasetWithoutSchemaIsNotATimeline(t *testing.T) {
	doc := smallDoc()
	delete(doc, "schema")
	raw, _ := json.Marshal(doc)
	path := filepath.Join(t.TempDir(), "mine.json")
	must(t, os.WriteFile(path, raw, 0o644))
	loaded, err := LoadFile(path, DefaultMaxBytes)
	if err == nil {
		t.Fatalf("loaded as %s with %d events; want the missing schema reported", loaded.Format, len(loaded.Safe.Events))
	}
	if !strings.Contains(err.Error(), "schema: required field is missing") || strings.Contains(err.Error(), "TimelineJS") {
		t.Errorf("error %q, want the parley problem alone", err)
	}
}

func TestTimelineShapeNeedsSlideKeysAndNoEventKeys(t *testing.T) {
	cases := map[string]bool{
		`{"events": [{"start_date": {"year": 2018}}]}`:                    true,
		`{"events": [{"text": {"headline": "a"}}, {"media": {}}]}`:        true,
		`{"events": [{"id": "a", "title": "A", "date": {}}]}`:             false,
		`{"events": [{"text": {"headline": "a"}}, {"id": "b"}]}`:          false,
		`{"events": [{"media": {"url": "x"}}]}`:                           false,
		`{"events": []}`:                                                  false,
		`{"schema": "parley/1", "events": [{"start_date": {"year": 1}}]}`: false,
	}
	for text, want := range cases {
		if got := isTimelineJS(text); got != want {
			t.Errorf("isTimelineJS(%s) = %v, want %v", text, got, want)
		}
	}
}

// TimelineJS skips a slide with neither start_date nor text; the importer
// says which one instead of making an empty event of it.
func TestTimelineJSSlideWithNeitherDateNorTextIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.json")
	must(t, os.WriteFile(path, []byte(`{"events": [
		{"start_date": {"year": 2018}},
		{"media": {"url": "x"}, "group": "g"}]}`), 0o644))
	_, err := LoadFileAs(path, DefaultMaxBytes, FormatTimelineJS, nil)
	if err == nil || !strings.Contains(err.Error(), "events[1]: has neither start_date nor text") {
		t.Errorf("error %v, want events[1] named", err)
	}
	if err != nil && strings.Contains(err.Error(), "events[0]") {
		t.Errorf("a slide with only a start_date was refused: %v", err)
	}
}
