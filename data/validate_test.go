package data

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"parley/model"
)

const smallText = "The envoys met Kim on Wednesday. Trump tweeted his thanks.\nThe office opens this Friday."

// smallDoc is a minimal valid dataset that each case below breaks in one way.
func smallDoc() map[string]any {
	return map[string]any{
		"schema": "parley/1",
		"sources": []any{map[string]any{
			"id": "article", "title": "An article", "text": smallText,
		}},
		"sides": []any{
			map[string]any{"id": "north-korea", "label": "North Korea"},
			map[string]any{"id": "united-states", "label": "United States"},
		},
		"actors": []any{
			map[string]any{"id": "kim", "name": "Kim", "kind": "person", "side": "north-korea"},
			map[string]any{"id": "trump", "name": "Trump", "kind": "person", "side": "united-states"},
		},
		"events": []any{
			map[string]any{
				"id": "meeting", "title": "Envoys meet Kim", "summary": "They meet.", "status": "occurred",
				"date":     map[string]any{"precision": "day", "start": "2018-09-05", "basis": "record", "note": "public record"},
				"actors":   []any{map[string]any{"actor": "kim", "part": "host"}},
				"excerpts": []any{map[string]any{"source": "article", "text": "The envoys met Kim on Wednesday."}},
				"related":  []any{map[string]any{"event": "tweet", "kind": "leads-to"}},
			},
			map[string]any{
				"id": "tweet", "title": "Trump tweets", "summary": "He thanks Kim.", "status": "occurred",
				"date":     map[string]any{"precision": "none"},
				"actors":   []any{map[string]any{"actor": "trump", "part": "tweets"}},
				"excerpts": []any{},
				"quotes": []any{map[string]any{
					"speaker": "trump", "text": "his thanks", "kind": "reported",
					"excerpt": map[string]any{"source": "article", "text": "Trump tweeted his thanks."},
				}},
			},
		},
	}
}

func loadDoc(t *testing.T, doc map[string]any) (*Loaded, Problems) {
	t.Helper()
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load("test.json", raw, func(name string) ([]byte, error) {
		if name == "article.txt" {
			return []byte(smallText), nil
		}
		return nil, errors.New("no such file")
	})
	if err == nil {
		return loaded, nil
	}
	var probs Problems
	if !errors.As(err, &probs) {
		t.Fatalf("Load returned %T, want Problems", err)
	}
	return nil, probs
}

func event(doc map[string]any, i int) map[string]any {
	return doc["events"].([]any)[i].(map[string]any)
}

func TestSmallDocIsValid(t *testing.T) {
	if _, probs := loadDoc(t, smallDoc()); probs != nil {
		t.Fatalf("the base case must be valid:\n%v", probs)
	}
}

func TestEachRuleReportsPathAndMessage(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(doc map[string]any)
		want   string // one line of the report, exactly
	}{
		{"excerpt not verbatim", func(d map[string]any) {
			event(d, 0)["excerpts"].([]any)[0].(map[string]any)["text"] = "The envoys met Kim on Thursday."
		}, `test.json: events[0] "meeting".excerpts[0].text: not found verbatim in source "article"`},
		{"unknown speaker", func(d map[string]any) {
			event(d, 1)["quotes"].([]any)[0].(map[string]any)["speaker"] = "pence"
		}, `test.json: events[1] "tweet".quotes[0].speaker: no actor has id "pence"`},
		{"unknown participant", func(d map[string]any) {
			event(d, 0)["actors"].([]any)[0].(map[string]any)["actor"] = "moon"
		}, `test.json: events[0] "meeting".actors[0].actor: no actor has id "moon"`},
		{"unknown source", func(d map[string]any) {
			event(d, 0)["excerpts"].([]any)[0].(map[string]any)["source"] = "other"
		}, `test.json: events[0] "meeting".excerpts[0].source: no source has id "other"`},
		{"dangling related event", func(d map[string]any) {
			event(d, 0)["related"].([]any)[0].(map[string]any)["event"] = "nowhere"
		}, `test.json: events[0] "meeting".related[0].event: no event has id "nowhere"`},
		{"related to itself", func(d map[string]any) {
			event(d, 0)["related"].([]any)[0].(map[string]any)["event"] = "meeting"
		}, `test.json: events[0] "meeting".related[0].event: an event cannot be related to itself`},
		{"same pair linked twice by one event", func(d map[string]any) {
			event(d, 0)["related"] = append(event(d, 0)["related"].([]any), map[string]any{"event": "tweet", "kind": "parallels"})
		}, `test.json: events[0] "meeting".related[1].event: "tweet" is already linked with this event (first linked at events[0].related[0]; one link shows at both ends)`},
		{"same pair linked back by the other event", func(d map[string]any) {
			event(d, 1)["related"] = []any{map[string]any{"event": "meeting", "kind": "responds-to"}}
		}, `test.json: events[1] "tweet".related[0].event: "meeting" is already linked with this event (first linked at events[0].related[0]; one link shows at both ends)`},
		{"duplicate event id", func(d map[string]any) { event(d, 1)["id"] = "meeting" },
			`test.json: events[1].id: duplicate event id "meeting" (first defined at events[0])`},
		{"duplicate actor id", func(d map[string]any) {
			d["actors"].([]any)[1].(map[string]any)["id"] = "kim"
		}, `test.json: actors[1].id: duplicate actor id "kim" (first defined at actors[0])`},
		{"id not a slug", func(d map[string]any) { event(d, 0)["id"] = "Envoys Meet" },
			`test.json: events[0].id: "Envoys Meet" is not a slug (lower-case letters and digits joined by single hyphens)`},
		{"invalid date", func(d map[string]any) {
			event(d, 0)["date"].(map[string]any)["start"] = "2018-02-30"
		}, `test.json: events[0] "meeting".date: start "2018-02-30" is not a real date (no such day in the calendar)`},
		{"start after end", func(d map[string]any) {
			event(d, 0)["date"] = map[string]any{"precision": "range", "start": "2018-09-20", "end": "2018-09-18", "basis": "stated"}
		}, `test.json: events[0] "meeting".date: end 2018-09-18 is before start 2018-09-20`},
		{"inferred date without its words", func(d map[string]any) {
			event(d, 0)["date"] = map[string]any{"precision": "day", "start": "2018-09-14", "basis": "inferred"}
		}, `test.json: events[0] "meeting".date.words: required field is missing: basis is inferred, so give the source's words the date was worked out from`},
		{"misspelt status suggests the valid one", func(d map[string]any) { event(d, 0)["status"] = "canceled" },
			`test.json: events[0] "meeting".status: "canceled" is not one of occurred, ongoing, cancelled, scheduled, expected, planned; did you mean "cancelled"?`},
		{"misspelt speaker suggests the closest actor", func(d map[string]any) {
			event(d, 1)["quotes"].([]any)[0].(map[string]any)["speaker"] = "trmup"
		}, `test.json: events[1] "tweet".quotes[0].speaker: no actor has id "trmup"; did you mean "trump"?`},
		{"misspelt link suggests the closest event", func(d map[string]any) {
			event(d, 0)["related"].([]any)[0].(map[string]any)["event"] = "twete"
		}, `test.json: events[0] "meeting".related[0].event: no event has id "twete"; did you mean "tweet"?`},
		{"misspelt source suggests the closest", func(d map[string]any) {
			event(d, 0)["excerpts"].([]any)[0].(map[string]any)["source"] = "artcle"
		}, `test.json: events[0] "meeting".excerpts[0].source: no source has id "artcle"; did you mean "article"?`},
		{"misspelt precision suggests the valid one", func(d map[string]any) {
			event(d, 0)["date"].(map[string]any)["precision"] = "days"
		}, `test.json: events[0] "meeting".date.precision: "days" is not one of day, month, range, none; did you mean "day"?`},
		{"unpadded date says the form wanted", func(d map[string]any) {
			event(d, 0)["date"].(map[string]any)["start"] = "2024-9-5"
		}, `test.json: events[0] "meeting".date: start "2024-9-5" is not a date of the form YYYY-MM-DD (write "2024-09-05": four-digit year, two-digit month and day)`},
		{"bad part lists the values in the one style", func(d map[string]any) {
			event(d, 0)["date"] = map[string]any{"precision": "month", "start": "2018-09-01", "part": "end", "basis": "stated"}
		}, `test.json: events[0] "meeting".date: part "end" is not one of early, mid, late`},
		{"record date without its note says why it is needed", func(d map[string]any) {
			delete(event(d, 0)["date"].(map[string]any), "note")
		}, `test.json: events[0] "meeting".date.note: required field is missing: basis is record, so name the public record that gives the date`},
		{"basis on an undated event", func(d map[string]any) {
			event(d, 1)["date"] = map[string]any{"precision": "none", "basis": "stated"}
		}, `test.json: events[1] "tweet".date.basis: an undated date (precision none) takes no basis: there is no date to source; say why in words or note`},
		{"event with no actors", func(d map[string]any) { event(d, 0)["actors"] = []any{} },
			`test.json: events[0] "meeting".actors: an event needs at least one actor: who took part?`},
		{"same actor twice in an event", func(d map[string]any) {
			event(d, 0)["actors"] = []any{map[string]any{"actor": "kim", "part": "host"}, map[string]any{"actor": "kim", "part": "speaker"}}
		}, `test.json: events[0] "meeting".actors[1].actor: "kim" is already listed at events[0].actors[0]: give an actor once, with all its parts in one`},
		{"same actor twice, after an entry that is not an actor", func(d map[string]any) {
			event(d, 0)["actors"] = []any{map[string]any{"actor": "trump", "part": "host"}, 5, map[string]any{"actor": "kim", "part": "host"}, map[string]any{"actor": "kim", "part": "speaker"}}
		}, `test.json: events[0] "meeting".actors[3].actor: "kim" is already listed at events[0].actors[2]: give an actor once, with all its parts in one`},
		{"direct quote not in its excerpt", func(d map[string]any) {
			q := event(d, 1)["quotes"].([]any)[0].(map[string]any)
			q["kind"], q["text"] = "direct", "I thank Kim warmly"
		}, `test.json: events[1] "tweet".quotes[0].text: a direct quote must stand word for word in its excerpt, and "I thank Kim warmly" does not`},
		{"missing required field", func(d map[string]any) { delete(event(d, 0), "title") },
			`test.json: events[0] "meeting".title: required field is missing`},
		{"blank required field", func(d map[string]any) { event(d, 0)["summary"] = "  " },
			`test.json: events[0] "meeting".summary: must not be empty`},
		{"unknown field", func(d map[string]any) { event(d, 0)["colour"] = "red" },
			`test.json: events[0] "meeting".colour: unknown field (allowed: id, title, summary, date, status, location, actors, excerpts, quotes, related)`},
		{"wrong type", func(d map[string]any) { event(d, 0)["title"] = 7 },
			`test.json: events[0] "meeting".title: want a string, found a number`},
		{"bad enum", func(d map[string]any) { event(d, 0)["status"] = "rumoured" },
			`test.json: events[0] "meeting".status: "rumoured" is not one of occurred, ongoing, cancelled, scheduled, expected, planned`},
		{"bad quote kind", func(d map[string]any) {
			event(d, 1)["quotes"].([]any)[0].(map[string]any)["kind"] = "hearsay"
		}, `test.json: events[1] "tweet".quotes[0].kind: "hearsay" is not one of direct, reported`},
		{"event with no evidence", func(d map[string]any) { delete(event(d, 1), "quotes") },
			`test.json: events[1] "tweet".excerpts: an event needs at least one excerpt or quote from its source`},
		{"event with neither excerpts nor quotes given", func(d map[string]any) {
			delete(event(d, 1), "quotes")
			delete(event(d, 1), "excerpts")
		}, `test.json: events[1] "tweet".excerpts: an event needs at least one excerpt or quote from its source`},
		{"wrong schema", func(d map[string]any) { d["schema"] = "parley/9" },
			`test.json: schema: "parley/9" is not a schema this version reads (want "parley/1")`},
		{"source text twice", func(d map[string]any) {
			d["sources"].([]any)[0].(map[string]any)["text_file"] = "article.txt"
		}, `test.json: sources[0] "article": give the source's text either inline as text or as a text_file path, exactly one of them`},
		{"unreadable text file", func(d map[string]any) {
			s := d["sources"].([]any)[0].(map[string]any)
			delete(s, "text")
			s["text_file"] = "missing.txt"
		}, `test.json: sources[0] "article".text_file: cannot read "missing.txt": no such file`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := smallDoc()
			c.break_(doc)
			_, probs := loadDoc(t, doc)
			if probs == nil {
				t.Fatalf("loaded without complaint, want %s", c.want)
			}
			if !strings.Contains("\n"+probs.Error()+"\n", "\n"+c.want+"\n") {
				t.Errorf("report:\n%v\nwant a line:\n%s", probs, c.want)
			}
		})
	}
}

// An event pasted twice is refused for its id alone: its links are not
// also reported as a pair linked twice.
func TestDuplicateEventIsOneProblem(t *testing.T) {
	doc := smallDoc()
	doc["events"] = append(doc["events"].([]any), event(doc, 0))
	_, probs := loadDoc(t, doc)
	want := `test.json: events[2].id: duplicate event id "meeting" (first defined at events[0])`
	if len(probs) != 1 || probs.Error() != want {
		t.Fatalf("report:\n%v\nwant only:\n%s", probs, want)
	}
}

// An event with no excerpts field and no quotes is told once what it
// lacks, and an excerpts field that is not a list once that it is not.
func TestEventWithoutEvidenceIsOneProblem(t *testing.T) {
	cases := []struct {
		name     string
		excerpts any // nil: the field is left out
		want     string
	}{
		{"no excerpts field", nil, `test.json: events[1] "tweet".excerpts: an event needs at least one excerpt or quote from its source`},
		{"excerpts not a list", "none", `test.json: events[1] "tweet".excerpts: want an array, found a string`},
	}
	for _, c := range cases {
		doc := smallDoc()
		delete(event(doc, 1), "quotes")
		delete(event(doc, 1), "excerpts")
		if c.excerpts != nil {
			event(doc, 1)["excerpts"] = c.excerpts
		}
		_, probs := loadDoc(t, doc)
		if len(probs) != 1 || probs.Error() != c.want {
			t.Errorf("%s: report:\n%v\nwant only:\n%s", c.name, probs, c.want)
		}
	}
}

// excerpts may be left out when the event has quotes: a quote carries its
// own excerpt from the source.
func TestExcerptsMayBeLeftOutBesideQuotes(t *testing.T) {
	doc := smallDoc()
	delete(event(doc, 1), "excerpts")
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatalf("an event with a quote and no excerpts field was refused:\n%v", probs)
	}
	if e := loaded.Safe.Event("tweet"); len(e.Excerpts) != 0 || len(e.Quotes) != 1 {
		t.Errorf("tweet has %d excerpts and %d quotes, want 0 and 1", len(e.Excerpts), len(e.Quotes))
	}
}

func TestTextFileIsReadThroughOpen(t *testing.T) {
	doc := smallDoc()
	s := doc["sources"].([]any)[0].(map[string]any)
	delete(s, "text")
	s["text_file"] = "article.txt"
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatal(probs)
	}
	if got := loaded.Safe.Source("article").Text; got != smallText {
		t.Errorf("source text = %q", got)
	}
}

func TestEveryProblemIsReported(t *testing.T) {
	doc := smallDoc()
	event(doc, 0)["status"] = "rumoured"
	event(doc, 0)["colour"] = "red"
	event(doc, 1)["quotes"].([]any)[0].(map[string]any)["speaker"] = "pence"
	doc["actors"].([]any)[0].(map[string]any)["side"] = "mars"
	_, probs := loadDoc(t, doc)
	if len(probs) < 4 {
		t.Fatalf("got %d problems, want all 4:\n%v", len(probs), probs)
	}
	for _, path := range []string{"events[0].status", "events[0].colour", "events[1].quotes[0].speaker", "actors[0].side"} {
		if !slices.ContainsFunc(probs, func(p Problem) bool { return p.Path == path }) {
			t.Errorf("no problem reported at %s:\n%v", path, probs)
		}
	}
}

func TestBadJSONNamesLineAndColumn(t *testing.T) {
	cases := map[string]string{
		"{\n  \"schema\": \"parley/1\",\n  \"sources\": [,]\n}": "bad.json: line 3, column 15: invalid JSON: invalid character ','",
		"{\"schema\": \"parley/1\"":                             "bad.json: line 1, column 22: invalid JSON: unexpected end of file",
		"{} {}":                                                 "bad.json: line 1, column 4: unexpected data after the JSON document",
		"   \n":                                                 "bad.json: file is empty",
		"[1, 2]":                                                "bad.json: want an object, found an array",
		strings.Repeat("[", 20000) + strings.Repeat("]", 20000): "bad.json: line 1, column 10001: invalid JSON: invalid character '[' exceeded max depth",
	}
	for input, want := range cases {
		_, err := Load("bad.json", []byte(input), nil)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Load(%.30q) error = %v, want prefix %q", input, err, want)
		}
	}
}

// An excerpt that stands twice in its source is a warning, not an error,
// until its occurrence is given; an occurrence past the last is an error.
func TestRepeatedExcerptNeedsItsOccurrence(t *testing.T) {
	const text = "Kim met Moon. Later, Kim met Moon again."
	setup := func(occurrence any) map[string]any {
		doc := smallDoc()
		doc["sources"].([]any)[0].(map[string]any)["text"] = text
		x := map[string]any{"source": "article", "text": "Kim met Moon"}
		if occurrence != nil {
			x["occurrence"] = occurrence
		}
		event(doc, 0)["excerpts"] = []any{x}
		event(doc, 1)["quotes"].([]any)[0].(map[string]any)["excerpt"] = map[string]any{"source": "article", "text": "Later"}
		return doc
	}
	loaded, probs := loadDoc(t, setup(nil))
	if probs != nil {
		t.Fatalf("a warning stopped the load:\n%v", probs)
	}
	want := `test.json: events[0] "meeting".excerpts[0].text: warning: occurs twice in source "article"; parley uses the first: add "occurrence": N to say which, or lengthen the text`
	if len(loaded.Warnings) != 1 || loaded.Warnings[0].String() != want {
		t.Errorf("warnings:\n%v\nwant:\n%s", loaded.Warnings, want)
	}
	loaded, _ = loadDoc(t, setup(2))
	if loaded == nil || len(loaded.Warnings) != 0 {
		t.Fatalf("occurrence 2 given: want no warning, got %v", loaded)
	}
	if x := loaded.Raw.Event("meeting").Excerpts[0]; x.Start != 21 || x.End != 33 {
		t.Errorf("occurrence 2 spans %d–%d, want 21–33 (the second)", x.Start, x.End)
	}
	_, probs = loadDoc(t, setup(3))
	if want := `test.json: events[0] "meeting".excerpts[0].occurrence: the text occurs only twice in source "article"`; len(probs) != 1 || probs[0].String() != want {
		t.Errorf("occurrence 3: got\n%v\nwant\n%s", probs, want)
	}
	_, probs = loadDoc(t, setup("second"))
	if want := `test.json: events[0] "meeting".excerpts[0].occurrence: want a whole number from 1 (which occurrence of the text in the source), found a string`; len(probs) != 1 || probs[0].String() != want {
		t.Errorf("occurrence \"second\": got\n%v\nwant\n%s", probs, want)
	}
}

// The same excerpt quoted by several events is found, and warned of,
// each time, as a remembered place must give what a search would; the
// same words in another source are another place.
func TestExcerptQuotedAgainIsFoundAgain(t *testing.T) {
	doc := smallDoc()
	doc["sources"].([]any)[0].(map[string]any)["text"] = "Kim met Moon. Later, Kim met Moon again. Trump tweeted his thanks."
	doc["sources"] = append(doc["sources"].([]any), map[string]any{"id": "other", "title": "Another", "text": "Moon said: Kim met Moon"})
	event(doc, 0)["excerpts"] = []any{map[string]any{"source": "article", "text": "Kim met Moon"}, map[string]any{"source": "other", "text": "Kim met Moon"}}
	q := event(doc, 1)["quotes"].([]any)[0].(map[string]any)
	q["excerpt"] = map[string]any{"source": "article", "text": "Kim met Moon"}
	event(doc, 1)["excerpts"] = []any{map[string]any{"source": "article", "text": "Kim met Moon", "occurrence": 1}, map[string]any{"source": "article", "text": "Trump tweeted his thanks."}}
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatalf("a warning stopped the load:\n%v", probs)
	}
	var got []string
	for _, w := range loaded.Warnings {
		got = append(got, w.Path)
	}
	if want := []string{"events[0].excerpts[0].text", "events[1].quotes[0].excerpt.text"}; !slices.Equal(got, want) {
		t.Errorf("warned at %q, want %q", got, want)
	}
	tweet := loaded.Raw.Event("tweet")
	for _, x := range []model.Excerpt{tweet.Excerpts[0], tweet.Quotes[0].Excerpt, loaded.Raw.Event("meeting").Excerpts[0]} {
		if x.Start != 0 || x.End != 12 {
			t.Errorf("%q spans %d–%d, want 0–12", x.Text, x.Start, x.End)
		}
	}
	if x := loaded.Raw.Event("meeting").Excerpts[1]; x.Start != 11 || x.End != 23 {
		t.Errorf("%q in the other source spans %d–%d, want 11–23", x.Text, x.Start, x.End)
	}
	if x := tweet.Excerpts[1]; x.Start != 41 || x.End != 66 {
		t.Errorf("%q spans %d–%d, want 41–66", x.Text, x.Start, x.End)
	}
}

// A direct quote may differ from its excerpt in typography and capitals;
// quotation marks around a quote's text are a warning, not an error.
func TestQuoteTextAgainstItsExcerpt(t *testing.T) {
	doc := smallDoc()
	q := event(doc, 1)["quotes"].([]any)[0].(map[string]any)
	q["kind"], q["text"] = "direct", "“Trump tweeted his thanks”"
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatalf("want it loaded, got:\n%v", probs)
	}
	want := `test.json: events[1] "tweet".quotes[0].text: warning: has quotation marks at its ends; leave them out: the explorer and the printed timeline add their own`
	if len(loaded.Warnings) != 1 || loaded.Warnings[0].String() != want {
		t.Errorf("warnings:\n%v\nwant:\n%s", loaded.Warnings, want)
	}
}

// An inferred date that parley date's rules put elsewhere is a warning
// with the rule; one they agree with, or words they do not know, is not.
func TestInferredDateHint(t *testing.T) {
	setup := func(start, words string) map[string]any {
		doc := smallDoc()
		doc["sources"].([]any)[0].(map[string]any)["published"] = map[string]any{"precision": "day", "start": "2018-09-10", "basis": "stated", "words": "on Wednesday"}
		event(doc, 0)["date"] = map[string]any{"precision": "day", "start": start, "basis": "inferred", "words": words}
		return doc
	}
	loaded, probs := loadDoc(t, setup("2018-09-07", "this Friday"))
	if probs != nil {
		t.Fatal(probs)
	}
	want := `test.json: events[0] "meeting".date: warning: "this Friday" said on Mon 10 Sep 2018 is Fri 14 Sep 2018 by parley date's rule, not Fri 7 Sep 2018: check it
  rule: "this Friday" is the Friday of the week it was said in`
	if len(loaded.Warnings) != 1 || loaded.Warnings[0].Full() != want {
		t.Errorf("warnings:\n%v\nwant:\n%s", loaded.Warnings, want)
	}
	for _, ok := range [][2]string{{"2018-09-14", "this Friday"}, {"2018-09-05", "on Wednesday"}} {
		if loaded, _ := loadDoc(t, setup(ok[0], ok[1])); loaded == nil || len(loaded.Warnings) != 0 {
			t.Errorf("%s on %s: want no warning, got %v", ok[1], ok[0], loaded)
		}
	}
}
