package data

import (
	"slices"
	"testing"
)

func TestQuoteSpeakers(t *testing.T) {
	quote := func(d map[string]any) map[string]any { return event(d, 1)["quotes"].([]any)[0].(map[string]any) }
	doc := smallDoc()
	delete(quote(doc), "speaker")
	quote(doc)["speakers"] = []any{"trump", "kim"}
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatal(probs)
	}
	if got := loaded.Raw.Event("tweet").Quotes[0].Speakers; !slices.Equal(got, []string{"trump", "kim"}) {
		t.Errorf("speakers %v", got)
	}
	if got := loaded.Raw.ActorsOf(loaded.Raw.Event("tweet")); len(got) != 2 {
		t.Errorf("the event involves %d actors, want both speakers", len(got))
	}
	cases := []struct {
		name   string
		break_ func(q map[string]any)
		want   string
	}{
		{"both", func(q map[string]any) { q["speakers"] = []any{"kim"} },
			`test.json: events[1] "tweet".quotes[0]: give speaker (one actor) or speakers (several), not both`},
		{"empty", func(q map[string]any) { delete(q, "speaker"); q["speakers"] = []any{} },
			`test.json: events[1] "tweet".quotes[0].speakers: want a list of one or more actor ids, found an empty list`},
		{"unknown", func(q map[string]any) { delete(q, "speaker"); q["speakers"] = []any{"trump", "kimm"} },
			`test.json: events[1] "tweet".quotes[0].speakers[1]: no actor has id "kimm"; did you mean "kim"?`},
		{"twice", func(q map[string]any) { delete(q, "speaker"); q["speakers"] = []any{"trump", "trump"} },
			`test.json: events[1] "tweet".quotes[0].speakers[1]: "trump" is already listed at events[1].quotes[0].speakers[0]`},
		{"neither", func(q map[string]any) { delete(q, "speaker") },
			`test.json: events[1] "tweet".quotes[0].speaker: required field is missing`},
	}
	for _, c := range cases {
		doc := smallDoc()
		c.break_(quote(doc))
		_, probs := loadDoc(t, doc)
		if len(probs) != 1 || probs[0].String() != c.want {
			t.Errorf("%s: got\n%v\nwant\n%s", c.name, probs, c.want)
		}
	}
}
