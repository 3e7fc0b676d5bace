package data

import (
	"strings"
	"testing"
)

// A date's words quote the article, so a reader can check the provenance
// against them: in every dataset, each phrase must stand in a source the
// event cites (for a publication date, in the source itself).
func TestDateWordsQuoteACitedSource(t *testing.T) {
	cases := map[string]struct {
		edit func(map[string]any)
		want string
	}{
		"not in the cited source": {func(d map[string]any) {
			date := event(d, 0)["date"].(map[string]any)
			date["basis"], date["words"] = "inferred", "on Thursday"
		}, `test.json: events[0] "meeting".date.words: "on Thursday" is not in the text of source "article"`},
		"one of several phrases missing": {func(d map[string]any) {
			date := event(d, 0)["date"].(map[string]any)
			date["basis"], date["words"] = "inferred", "on Wednesday; next month"
		}, `test.json: events[0] "meeting".date.words: "next month" is not in the text of source "article"`},
		"publication words": {func(d map[string]any) {
			d["sources"].([]any)[0].(map[string]any)["published"] = map[string]any{
				"precision": "day", "start": "2018-09-10", "basis": "inferred", "words": "last Monday"}
		}, `test.json: sources[0] "article".published.words: "last Monday" is not in the source's own text`},
	}
	for name, c := range cases {
		doc := smallDoc()
		c.edit(doc)
		_, probs := loadDoc(t, doc)
		if len(probs) != 1 || !strings.HasPrefix(probs[0].String(), c.want) {
			t.Errorf("%s: got\n%v\nwant one problem starting %q", name, probs, c.want)
		}
	}
	doc := smallDoc()
	date := event(doc, 0)["date"].(map[string]any)
	date["basis"], date["words"] = "inferred", "on Wednesday; The envoys met Kim"
	if _, probs := loadDoc(t, doc); len(probs) != 0 {
		t.Errorf("words quoting the cited source, two phrases: %v", probs)
	}
}
