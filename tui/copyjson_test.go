package tui

import (
	"bytes"
	"testing"

	"parley/model"
)

// twoCopies is one event of one source as the file has it (a bidi
// override in the text) and as the explorer shows it (without).
func twoCopies() (safe, raw *model.Dataset) {
	build := func(text, passage string) *model.Dataset {
		at := bytes.Index([]byte(text), []byte(passage))
		src := &model.Source{ID: "s", Title: "T", Text: text}
		e := &model.Event{ID: "e", Title: "E", Summary: "S", Status: model.StatusPlanned,
			Date:     model.Date{Precision: model.PrecisionNone},
			Excerpts: []model.Excerpt{{SourceID: "s", Text: passage, Start: at, End: at + len(passage)}}}
		return model.NewDataset([]*model.Source{src}, nil, []*model.Event{e})
	}
	return build("Kim said yes today. Kim said yes.", "said yes today"),
		build("Kim said \u202eyes\u202c today. Kim said yes.", "said \u202eyes\u202c today")
}

// In the reader e copies the passage as excerpt JSON, taken from the
// dataset as its file has it: the shown text lacks the bidi control the
// source holds, and a copy of it would not be found in the source.
func TestEInTheReaderCopiesTheRawPassageAsExcerptJSON(t *testing.T) {
	safe, raw := twoCopies()
	var out bytes.Buffer
	clip := newClipboard(&out, true, envOf(map[string]string{"TERM": "xterm"}))
	m := resized(New(safe, Options{EventID: "e", Raw: raw, clip: &clip}), 120, 40)
	m = press(t, m, "enter")
	if m.layout.focus() != paneReader {
		t.Fatalf("enter did not open the reader")
	}
	m = copyKey(t, m, "e")
	want := `{"source": "s", "text": "said \u202eyes\u202c today"}`
	if got := clipText(t, out.String()); got != want {
		t.Errorf("copied %s, want %s", got, want)
	}
	mustContain(t, m.View(), "copied excerpt JSON, ")

	// Outside the reader e does nothing of the kind.
	out.Reset()
	m = press(t, m, "esc", "e")
	if out.Len() != 0 {
		t.Errorf("e in the event pane copied %q", out.String())
	}
}
