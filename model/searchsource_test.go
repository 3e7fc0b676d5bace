package model

import (
	"bytes"
	"strings"
	"testing"
)

// An excerpt placed in its folded source must read exactly as the
// excerpt's own text folded: search looks in the one in place of the
// other.
func FuzzFoldedSpanIsTheFoldedExcerpt(f *testing.F) {
	for _, s := range []string{
		"Kim–Moon summit: “a very warm letter,” Trump’s aide said.",
		"\u212a\u0130 KELVIN İstanbul ǅ ß ẞ", // runes whose lower case is shorter or longer
		"ok \xe2\x80 bad \xff bytes \xc3(",   // invalid UTF-8 becomes U+FFFD, 3 bytes
		"plain ascii, Upper And Lower",
	} {
		f.Add(s, 0, len(s))
		f.Add(s, 3, len(s)-2)
	}
	f.Fuzz(func(t *testing.T, src string, a, b int) {
		if a < 0 || b > len(src) || a > b {
			return
		}
		x := Excerpt{Text: src[a:b], Start: a, End: b}
		fs := foldSource(src)
		start, end, ok := fs.span(x)
		if !ok {
			return
		}
		if got, want := fs.text[start:end], appendFold(nil, x.Text); !bytes.Equal(got, want) {
			t.Fatalf("span [%d:%d] of %q reads %q, folded excerpt is %q", a, b, src, got, want)
		}
	})
}

// The index places an excerpt in its source only where the source holds
// its text; otherwise it keeps a folded copy, and search finds it either way.
func TestSearchFindsExcerptsPlacedOrNot(t *testing.T) {
	src := &Source{ID: "a", Text: "The envoys met Kim–Moon’s team. “Very WARM,” Trump said."}
	at := strings.Index(src.Text, "“Very WARM,”")
	placed := Excerpt{SourceID: "a", Text: "“Very WARM,”", Start: at, End: at + len("“Very WARM,”")}
	stale := Excerpt{SourceID: "a", Text: "Kim–Moon’s team", Start: at, End: at + len("Kim–Moon’s team")} // its place does not hold it
	unknown := Excerpt{SourceID: "b", Text: "a cold reply"}
	d := NewDataset([]*Source{src}, nil, []*Event{
		{ID: "one", Excerpts: []Excerpt{placed}},
		{ID: "two", Excerpts: []Excerpt{stale}},
		{ID: "three", Quotes: []Quote{{Text: "x", Excerpt: unknown}}},
	})
	for search, want := range map[string]string{`"very warm,"`: "one", "kim-moon's": "two", "cold": "three", "envoys": ""} {
		got := ""
		for _, e := range d.Query(Filter{Search: search}) {
			got += e.ID
		}
		if got != want {
			t.Errorf("search %q found %q, want %q", search, got, want)
		}
	}
	if n := len(d.search.quoted.items); n != 3 || d.search.quoted.items[0].source != 0 || d.search.quoted.items[1].source != -1 {
		t.Errorf("placed spans: %+v", d.search.quoted.items)
	}
}
