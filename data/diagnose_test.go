package data

import (
	"strings"
	"testing"
	"unicode"
)

const diagnosisText = "Title line\n\nThe development came after Kim sent a personal letter to Trump – his second such missive.\n\n" +
	"Pyongyang and Washington are deeply divided over the former’s denuclearization. While the two\nagreed on the key issues…\n\n" +
	"“It was a very warm, very positive letter,” Sanders said."

// Each way an excerpt can miss its source is named, with the nearest
// passage and its paragraph; only typographic misses get a fix.
func TestExcerptDiagnosis(t *testing.T) {
	cases := []struct {
		excerpt string
		want    string // the problem's detail lines, exactly
		fix     string // the fixed text; empty for none
	}{
		{"divided over the former's denuclearization", `nearest passage (paragraph 3): "divided over the former’s denuclearization"
first difference at character 24: the source has ’ (U+2019) where the excerpt has ' (U+0027)
only typography differs: parley --fix-excerpts FILE rewrites it to the source's text`, "divided over the former’s denuclearization"},
		{"While the two agreed on the key issues", `nearest passage (paragraph 3): "While the two\nagreed on the key issues"
first difference at character 14: the source has a line break where the excerpt has a space
only typography differs: parley --fix-excerpts FILE rewrites it to the source's text`, "While the two\nagreed on the key issues"},
		{"came after Kim  sent a personal letter", `nearest passage (paragraph 2): "came after Kim sent a personal letter"
first difference at character 15: the source has a space where the excerpt has two spaces
only typography differs: parley --fix-excerpts FILE rewrites it to the source's text`, "came after Kim sent a personal letter"},
		{"his second such missive. ", `nearest passage (paragraph 2): "his second such missive."
first difference at character 25: the excerpt ends with white space
only typography differs: parley --fix-excerpts FILE rewrites it to the source's text`, "his second such missive."},
		{"letter to Trump -- his second such missive...", `nearest passage (paragraph 2): "letter to Trump – his second such missive."
first difference at character 17: the source has – (U+2013) where the excerpt has "--" (2 × U+002D)
then at character 36: the source has "missive." where the excerpt has "missive..."
the wording differs: copy the passage from the source`, ""},
		{`"It was a very warm, very positive letter," Sanders said.`, `nearest passage (paragraph 4): "“It was a very warm, very positive letter,” Sanders said."
first difference at character 1: the source has “ (U+201C) where the excerpt has " (U+0022)
then at character 43: the source has ” (U+201D) where the excerpt has " (U+0022)
only typography differs: parley --fix-excerpts FILE rewrites it to the source's text`, "“It was a very warm, very positive letter,” Sanders said."},
		{"came after kim sent a personal letter", `nearest passage (paragraph 2): "came after Kim sent a personal letter"
first difference at character 12: the source has K (U+004B) where the excerpt has k (U+006B) (capitals are wording, not typography)
capitals differ, which --fix-excerpts leaves alone: copy the source's text`, ""},
		{"came after Kim sent a private letter to Trump", `nearest passage (paragraph 2): "came after Kim sent a personal letter to Trump"
first difference at character 23: the source has "personal letter to Trump" where the excerpt has "private letter to Trump"
the wording differs: copy the passage from the source`, ""},
		{"Nothing like this stands in the text", `no passage of the source shares its first or last words: is it from this source?`, ""},
	}
	for _, c := range cases {
		doc := smallDoc()
		doc["sources"].([]any)[0].(map[string]any)["text"] = diagnosisText
		event(doc, 0)["excerpts"].([]any)[0].(map[string]any)["text"] = c.excerpt
		delete(event(doc, 1), "quotes")
		event(doc, 1)["excerpts"] = []any{map[string]any{"source": "article", "text": "Sanders said."}}
		_, probs := loadDoc(t, doc)
		if len(probs) != 1 {
			t.Fatalf("%q: want one problem, got:\n%v", c.excerpt, probs)
		}
		p := probs[0]
		if want := `test.json: events[0] "meeting".excerpts[0].text: not found verbatim in source "article"`; p.String() != want {
			t.Errorf("%q: got %s\nwant %s", c.excerpt, p, want)
		}
		if got := strings.Join(p.Detail, "\n"); got != c.want {
			t.Errorf("%q: detail\n%s\nwant\n%s", c.excerpt, got, c.want)
		}
		switch {
		case c.fix == "" && p.Fix != nil:
			t.Errorf("%q: offers a fix %q, want none", c.excerpt, p.Fix.New)
		case c.fix != "" && (p.Fix == nil || p.Fix.New != c.fix || p.Fix.Old != c.excerpt):
			t.Errorf("%q: fix %+v, want %q", c.excerpt, p.Fix, c.fix)
		}
	}
}

// Whatever the excerpt and the text, a diagnosis never fails, and a fix
// is the source's own text, equal to the excerpt but for typography.
func FuzzDiagnose(f *testing.F) {
	f.Add("divided over the former's denuclearization", diagnosisText)
	f.Add("letter to Trump -- his second such missive...", diagnosisText)
	f.Add(" x\n\n", "x\u00a0y…\r\n\r\n“z”")
	f.Add("a\xffb", "a\xffb--c")
	f.Fuzz(func(t *testing.T, excerpt, text string) {
		if strings.TrimFunc(excerpt, isSpace) == "" || strings.Contains(text, excerpt) {
			return // the loader never diagnoses these
		}
		d := diagnose(excerpt, text, fold(text))
		if len(d.detail) == 0 {
			t.Fatal("no detail")
		}
		if d.fix == nil {
			return
		}
		if !strings.Contains(text, d.fix.New) || d.fix.Old != excerpt {
			t.Fatalf("fix %q is not the source's text", d.fix.New)
		}
		if got, want := fold(d.fix.New).text, fold(strings.TrimFunc(excerpt, isSpace)).text; got != want {
			t.Fatalf("fix %q changes more than typography of %q", d.fix.New, excerpt)
		}
		if strings.ContainsFunc(d.fix.New, unicode.IsUpper) != strings.ContainsFunc(excerpt, unicode.IsUpper) {
			t.Fatalf("fix %q changes capitals of %q", d.fix.New, excerpt)
		}
	})
}
