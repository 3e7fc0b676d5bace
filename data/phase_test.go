package data

import (
	"encoding/json"
	"strings"
	"testing"
)

// withPhase is smallDoc with one valid phase around its two events.
func withPhase() map[string]any {
	doc := smallDoc()
	doc["phases"] = []any{map[string]any{
		"id": "early-september", "title": "Early September", "summary": "The envoys' visit and its echo.",
		"start": "2018-09-01", "end": "2018-09-10",
		"events":   []any{"meeting", "tweet"},
		"excerpts": []any{map[string]any{"source": "article", "text": "Trump tweeted his thanks."}},
	}}
	return doc
}

func phase(doc map[string]any) map[string]any {
	return doc["phases"].([]any)[0].(map[string]any)
}

func TestPhaseLoads(t *testing.T) {
	loaded, probs := loadDoc(t, withPhase())
	if probs != nil {
		t.Fatalf("a valid phase is refused:\n%v", probs)
	}
	for _, ds := range []struct {
		name string
		p    any
	}{{"raw", loaded.Raw.Phase("early-september")}, {"safe", loaded.Safe.Phase("early-september")}} {
		if ds.p == nil {
			t.Fatalf("%s dataset has no phase early-september", ds.name)
		}
	}
	p := loaded.Safe.Phase("early-september")
	if got := loaded.Safe.PhaseEvents(p); len(got) != 2 || got[0].ID != "meeting" || got[1].ID != "tweet" {
		t.Errorf("phase events = %v, want meeting then tweet", got)
	}
	if p.Display() != "1–10 Sep 2018" || p.Excerpts[0].Start < 0 {
		t.Errorf("phase span %q, excerpt at %d", p.Display(), p.Excerpts[0].Start)
	}
}

func TestEachPhaseRuleReportsPathAndMessage(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(p map[string]any)
		want   string
	}{
		{"unknown event", func(p map[string]any) { p["events"] = []any{"meeting", "nowhere"} },
			`test.json: phases[0].events[1]: no event has id "nowhere"`},
		{"event listed twice", func(p map[string]any) { p["events"] = []any{"meeting", "meeting"} },
			`test.json: phases[0].events[1]: "meeting" is already in this phase`},
		{"event outside the span", func(p map[string]any) { p["start"] = "2018-09-06" },
			`test.json: phases[0].events[0]: "meeting" is dated Wed 5 Sep 2018, outside the phase (6–10 Sep 2018)`},
		{"event not an id", func(p map[string]any) { p["events"] = []any{7} },
			`test.json: phases[0].events[0]: want an event id (a string), found a number`},
		{"no events", func(p map[string]any) { p["events"] = []any{} },
			`test.json: phases[0].events: a phase needs at least one event`},
		{"no excerpts", func(p map[string]any) { p["excerpts"] = []any{} },
			`test.json: phases[0].excerpts: a phase needs at least one excerpt from its source`},
		{"excerpts missing", func(p map[string]any) { delete(p, "excerpts") },
			`test.json: phases[0].excerpts: required field is missing`},
		{"excerpt not verbatim", func(p map[string]any) {
			p["excerpts"] = []any{map[string]any{"source": "article", "text": "Trump tweeted thanks."}}
		}, `test.json: phases[0].excerpts[0].text: not found verbatim in source "article"`},
		{"end before start", func(p map[string]any) { p["end"] = "2018-08-01" },
			`test.json: phases[0].end: 2018-08-01 is before start 2018-09-01`},
		{"start not a day", func(p map[string]any) { p["start"] = "September" },
			`test.json: phases[0].start: "September" is not a date of the form YYYY-MM-DD`},
		{"id not a slug", func(p map[string]any) { p["id"] = "Early Sep" },
			`test.json: phases[0].id: "Early Sep" is not a slug (lower-case letters and digits joined by single hyphens)`},
		{"unknown field", func(p map[string]any) { p["colour"] = "red" },
			`test.json: phases[0].colour: unknown field (allowed: id, title, summary, start, end, events, excerpts)`},
		{"blank title", func(p map[string]any) { p["title"] = " " },
			`test.json: phases[0].title: must not be empty`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := withPhase()
			c.break_(phase(doc))
			_, probs := loadDoc(t, doc)
			if !strings.Contains("\n"+probs.Error()+"\n", "\n"+c.want+"\n") {
				t.Errorf("report:\n%v\nwant a line:\n%s", probs, c.want)
			}
		})
	}
}

func TestDuplicatePhaseID(t *testing.T) {
	doc := withPhase()
	doc["phases"] = append(doc["phases"].([]any), phase(doc))
	_, probs := loadDoc(t, doc)
	want := `test.json: phases[1].id: duplicate phase id "early-september" (first defined at phases[0])`
	if len(probs) != 1 || probs.Error() != want {
		t.Fatalf("report:\n%v\nwant only:\n%s", probs, want)
	}
}

// Phases are read alike wherever they stand: after the events (the
// stream's path), before them, or in a document the stream declines.
func TestPhasesLoadInAnyPlace(t *testing.T) {
	after, _ := json.Marshal(withPhase()) // keys sorted: phases after events, schema last
	inputs := map[string][]byte{"keys sorted": after}
	head := `{"schema":"parley/1","sources":[{"id":"article","title":"An article","text":` + quote(smallText) + `}],` +
		`"actors":[{"id":"kim","name":"Kim","kind":"person","side":"north-korea"}],`
	ev := `"events":[{"id":"meeting","title":"T","summary":"S","status":"occurred","date":{"precision":"day","start":"2018-09-05","basis":"stated"},` +
		`"actors":[{"actor":"kim","part":"p"}],"excerpts":[{"source":"article","text":"The envoys met Kim on Wednesday."}]}]`
	ph := `"phases":[{"id":"p","title":"P","summary":"S","start":"2018-09-01","end":"2018-09-10","events":["meeting"],` +
		`"excerpts":[{"source":"article","text":"Trump tweeted his thanks."}]}]`
	inputs["after events"] = []byte(head + ev + "," + ph + "}")
	inputs["before events"] = []byte(head + ph + "," + ev + "}")
	for name, raw := range inputs {
		sameLoad(t, name, raw)
		loaded, err := Load("f.json", raw, nil)
		if err != nil || len(loaded.Safe.Phases) != 1 {
			t.Errorf("%s: %v, phases %v", name, err, loaded)
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
