package tui

import (
	"strings"
	"testing"

	"parley/data"
)

// An undated event with no reason given shows "no date set" once, and a
// source without a publication date is worded as plain output words it.
func TestUnknownDatesAreWordedOnce(t *testing.T) {
	loaded, err := data.Load("undated.json", []byte(`{"schema": "parley/1",
  "sources": [{"id": "s", "title": "T", "text": "Kim met Moon."}],
  "actors": [{"id": "kim", "name": "Kim", "kind": "person", "side": "north-korea"}],
  "events": [{"id": "e", "title": "Meeting", "summary": "They meet.", "status": "occurred",
    "date": {"precision": "none"},
    "actors": [{"actor": "kim", "part": "meets"}],
    "excerpts": [{"source": "s", "text": "Kim met Moon."}]}]}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	m := resized(New(loaded.Safe, Options{EventID: "e"}), 100, 30)
	detail := ""
	for _, line := range strings.Split(m.View(), "\n") {
		if _, right, ok := strings.Cut(line, "│"); ok {
			detail += right + "\n"
		}
	}
	if n := strings.Count(detail, "no date set"); n != 1 {
		t.Errorf("the event's detail shows \"no date set\" %d times:\n%s", n, m.View())
	}
	m = press(t, m, "enter")
	mustContain(t, m.View(), "Publication date not known")
}
