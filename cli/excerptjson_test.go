package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"parley/data"
	"parley/export"
	"parley/model"
)

// pasteExcerpt loads a dataset whose one event has, as its excerpt, the
// JSON the reader's e copied for a passage of src, and returns that
// excerpt as the loader placed it.
func pasteExcerpt(t *testing.T, src *model.Source, excerptJSON string) (model.Excerpt, data.Problems) {
	t.Helper()
	starter, err := data.Starter("s.txt", src.Text, "Pasted", nil)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(starter, &doc); err != nil {
		t.Fatal(err)
	}
	doc["sources"].([]any)[0].(map[string]any)["id"] = src.ID
	doc["events"].([]any)[0].(map[string]any)["excerpts"] = []any{json.RawMessage(excerptJSON)}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("%v: %s", err, excerptJSON)
	}
	loaded, err := data.Load("pasted.json", raw, func(string) ([]byte, error) { return []byte(src.Text), nil })
	if err != nil {
		t.Fatalf("the pasted excerpt %s does not validate:\n%v", excerptJSON, err)
	}
	return loaded.Raw.Event("example-event").Excerpts[0], loaded.Warnings
}

// The reader's e copies the passage being read as excerpt JSON for a
// dataset: pasted into one, it validates, with no warning, and stands
// where the passage stood, byte for byte: every passage of the embedded
// dataset, and passages of a text that repeats itself (overlapping too, as
// "ha-ha" in "ha-ha-ha"), has CRLF line ends and a bidi control.
func TestExcerptJSONPastedIntoADatasetValidates(t *testing.T) {
	loaded, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	type passage struct {
		src *model.Source
		x   model.Excerpt
	}
	var passages []passage
	for _, e := range loaded.Raw.Events {
		for _, x := range e.AllExcerpts() {
			passages = append(passages, passage{loaded.Raw.Source(x.SourceID), x})
		}
	}
	said := `Kim said "yes".`
	text := said + "\r\n" + said + " Then \u202eleft\u202c, ha-ha-ha.\r\n\r\n" + said
	rep := &model.Source{ID: "repeats", Text: text}
	at := func(sub string, n int) model.Excerpt {
		from := 0
		for ; n > 1; n-- {
			from += strings.Index(text[from:], sub) + 1
		}
		i := from + strings.Index(text[from:], sub)
		return model.Excerpt{SourceID: rep.ID, Text: sub, Start: i, End: i + len(sub)}
	}
	for _, x := range []model.Excerpt{at(said, 1), at(said, 2), at(said, 3), at(said+" Then \u202eleft\u202c, ha-ha-ha.\r\n", 1), at("ha-ha", 2)} {
		passages = append(passages, passage{rep, x})
	}

	for _, p := range passages {
		js, ok := export.ExcerptJSON(p.src, p.x)
		if !ok {
			t.Fatalf("no excerpt JSON for %q", p.x.Text)
		}
		got, warnings := pasteExcerpt(t, p.src, js)
		if len(warnings) > 0 {
			t.Errorf("%s: warnings:\n%v", js, warnings)
		}
		if got.Start != p.x.Start || got.End != p.x.End || got.Text != p.src.Text[p.x.Start:p.x.End] {
			t.Errorf("%s stands at %d–%d, the passage at %d–%d", js, got.Start, got.End, p.x.Start, p.x.End)
		}
	}
	if js, _ := export.ExcerptJSON(rep, at(said, 2)); js != `{"source": "repeats", "text": "Kim said \"yes\".", "occurrence": 2}` {
		t.Errorf("the second of three: %s", js)
	}
	if js, _ := export.ExcerptJSON(rep, at(said+" Then", 1)); strings.Contains(js, "occurrence") {
		t.Errorf("a passage that stands once names an occurrence: %s", js)
	}
}
