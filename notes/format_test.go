package notes

import (
	"errors"
	"strings"
	"testing"

	"parley/model"
)

func TestDecodeRefusesWhatItCannotKeep(t *testing.T) {
	head := `{"format": "parley-notes", "version": 1, "dataset": "d", `
	cases := map[string]string{
		`not json`: "line 1",
		`{"format": "something-else", "version": 1}`:                                                                     `its format is "something-else"`,
		head + `"marks": [], "notes": [], "colour": "red"}`:                                                              `unknown field "colour"`,
		head + `"marks": [{"event": "a"}, {"event": "a"}], "notes": []}`:                                                 "marked twice",
		head + `"marks": [], "notes": [{"id": "n", "event": "e", "text": "x"}, {"id": "n", "event": "e", "text": "y"}]}`: "used twice",
		head + `"marks": [], "notes": [{"id": "n", "event": "e", "text": ""}]}`:                                          "no text",
		head + `"marks": [], "notes": [{"id": "n", "event": "e", "text": "x", "passage": {"source": "s", "text": ""}}]}`: "passage needs",
		head + `"marks": [], "notes": []} {}`:                                                                            "after top-level value",
	}
	for raw, want := range cases {
		if _, _, err := decode([]byte(raw)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("decode(%s) = %v, want an error containing %q", raw, err, want)
		}
	}
	if _, _, err := decode([]byte(`{"format": "parley-notes", "version": 7}`)); !errors.As(err, new(newerError)) {
		t.Errorf("a later version: %v, want newerError", err)
	}
}

func TestEncodeThenDecodeIsTheSameNotebook(t *testing.T) {
	p := model.Passage{SourceID: "s", Text: "words", Before: "“before ", After: " after”", Offset: 12}
	in := model.Notebook{
		Marks: []model.Mark{{EventID: "a", At: putNote("", "", "").At}},
		Notes: []model.Note{putNote("n1", "a", "line\nline").Note, {ID: "n2", EventID: "b", Passage: &p, Text: "<b>&</b>"}},
	}
	dataset, out, err := decode(encode("builtin:x", in))
	if err != nil || dataset != "builtin:x" {
		t.Fatal(dataset, err)
	}
	if len(out.Notes) != 2 || *out.Notes[1].Passage != p || out.Notes[0].Text != "line\nline" || out.Notes[1].Text != "<b>&</b>" || !out.Marked("a") {
		t.Errorf("round trip changed the notebook: %+v", out)
	}
}
