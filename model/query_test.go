package model

import (
	"reflect"
	"slices"
	"testing"
)

// fixture is a small sequence, declared out of order on purpose.
func fixture(t *testing.T) *Dataset {
	t.Helper()
	date := func(precision, start, end, part string) Date { return mustDate(t, precision, start, end, part) }
	actors := []*Actor{
		{ID: "kim", Name: "Kim Jong Un"}, {ID: "moon", Name: "Moon Jae-in"},
		{ID: "trump", Name: "Donald Trump"}, {ID: "reuters", Name: "Reuters"},
	}
	events := []*Event{
		{ID: "undated", Title: "Second summit agreed", Date: date("none", "", "", ""),
			Participants: []Participant{{ActorID: "kim"}, {ActorID: "trump"}}},
		{ID: "pyongyang", Title: "Pyongyang summit", Date: date("range", "2018-09-18", "2018-09-20", ""),
			Participants: []Participant{{ActorID: "kim"}, {ActorID: "moon"}},
			Links:        []Link{{EventID: "un", Kind: LinkLeadsTo}}},
		{ID: "april", Title: "First meeting", Summary: "At Panmunjom.", Date: date("month", "2018-04-01", "", ""),
			Participants: []Participant{{ActorID: "kim"}, {ActorID: "moon"}},
			Links:        []Link{{EventID: "pyongyang", Kind: LinkLeadsTo}}},
		{ID: "briefing", Title: "Press briefing", Date: date("day", "2018-09-10", "", ""),
			Quotes: []Quote{{Speakers: []string{"trump"}, ReportedByID: "reuters", Text: "A very WARM letter",
				Excerpt: Excerpt{Text: "It was a very warm letter"}}}},
		{ID: "un", Title: "Moon briefs Trump", Date: date("month", "2018-09-01", "", "late"),
			Participants: []Participant{{ActorID: "moon"}, {ActorID: "trump"}},
			Excerpts:     []Excerpt{{Text: "on the sidelines of the UN General Assembly"}}},
	}
	return NewDataset(nil, actors, events)
}

func ids(events []*Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.ID
	}
	return out
}

func TestEventsInPrecisionAwareOrderUndatedLast(t *testing.T) {
	got := ids(fixture(t).Events)
	want := []string{"april", "briefing", "pyongyang", "un", "undated"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestActorFilterAnyAndAll(t *testing.T) {
	d := fixture(t)
	cases := []struct {
		name string
		f    Filter
		want []string
	}{
		{"no filter keeps all", Filter{}, []string{"april", "briefing", "pyongyang", "un", "undated"}},
		{"any of kim, trump", Filter{Actors: []string{"kim", "trump"}}, []string{"april", "briefing", "pyongyang", "un", "undated"}},
		{"any of moon", Filter{Actors: []string{"moon"}}, []string{"april", "pyongyang", "un"}},
		{"all of kim, moon", Filter{Actors: []string{"kim", "moon"}, Mode: MatchAll}, []string{"april", "pyongyang"}},
		{"all of kim, trump", Filter{Actors: []string{"kim", "trump"}, Mode: MatchAll}, []string{"undated"}},
		{"all of kim, moon, trump", Filter{Actors: []string{"kim", "moon", "trump"}, Mode: MatchAll}, []string{}},
		{"all with a repeated id", Filter{Actors: []string{"moon", "moon"}, Mode: MatchAll}, []string{"april", "pyongyang", "un"}},
		{"speaker and reporter count as involved", Filter{Actors: []string{"reuters"}}, []string{"briefing"}},
		{"unknown actor keeps nothing", Filter{Actors: []string{"nobody"}}, []string{}},
	}
	for _, c := range cases {
		if got := ids(d.Query(c.f)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSearchIsCaseInsensitiveOverTitlesSummariesQuotesExcerpts(t *testing.T) {
	d := fixture(t)
	cases := map[string][]string{
		"SUMMIT":       {"pyongyang", "undated"}, // titles, upper-case query
		"panmunjom":    {"april"},                // summary
		"a very warm":  {"briefing"},             // quote text with upper case in the data
		"it was":       {"briefing"},             // a quote's excerpt
		"general ass":  {"un"},                   // an event's excerpt, as typed
		"  pyongyang ": {"pyongyang"},            // surrounding blanks ignored
		"letter":       {"briefing"},             // quote and excerpt both hit, listed once
		"kim":          {},                       // participants' names are not searched
		"sep":          {},                       // nor are dates
		"zeppelin":     {},
		"":             ids(d.Events),
	}
	for q, want := range cases {
		if got := ids(d.Query(Filter{Search: q})); !reflect.DeepEqual(got, want) {
			t.Errorf("search %q: got %v, want %v", q, got, want)
		}
	}
}

func TestSearchAndActorsCombine(t *testing.T) {
	d := fixture(t)
	got := ids(d.Query(Filter{Actors: []string{"moon"}, Search: "summit"}))
	if want := []string{"pyongyang"}; !reflect.DeepEqual(got, want) {
		t.Errorf("moon + summit: got %v, want %v", got, want)
	}
}

func TestActorCountsFollowTheFilter(t *testing.T) {
	d := fixture(t)
	all := d.ActorCounts(d.Query(Filter{}))
	if want := map[string]int{"kim": 3, "moon": 3, "trump": 3, "reuters": 1}; !reflect.DeepEqual(all, want) {
		t.Errorf("unfiltered counts = %v, want %v", all, want)
	}
	narrowed := d.ActorCounts(d.Query(Filter{Actors: []string{"kim", "moon"}, Mode: MatchAll}))
	if want := map[string]int{"kim": 2, "moon": 2}; !reflect.DeepEqual(narrowed, want) {
		t.Errorf("kim+moon (all) counts = %v, want %v", narrowed, want)
	}
}

func TestRelatedBothDirections(t *testing.T) {
	d := fixture(t)
	describe := func(rs []Related) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Phrase()+" "+r.Event.ID)
		}
		return out
	}
	got := describe(d.Related(d.Event("pyongyang")))
	want := []string{"leads to un", "follows from april"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("related to pyongyang = %v, want %v", got, want)
	}
	if got := describe(d.Related(d.Event("briefing"))); got != nil {
		t.Errorf("briefing has no links, got %v", got)
	}
}

// Links made to an event are listed after its own, in the timeline order
// of the events that make them, each with its own kind and note.
func TestRelatedIncomingInTimelineOrder(t *testing.T) {
	day := func(s string) Date { return mustDate(t, "day", s, "", "") }
	d := NewDataset(nil, nil, []*Event{
		{ID: "late", Date: day("2018-09-20"), Links: []Link{{EventID: "target", Kind: LinkCancels, Note: "called off"}}},
		{ID: "target", Date: day("2018-09-10"), Links: []Link{{EventID: "early", Kind: LinkRespondsTo}}},
		{ID: "early", Date: day("2018-09-01"), Links: []Link{{EventID: "late", Kind: LinkPrecedes}, {EventID: "target", Kind: LinkLeadsTo, Note: "set it up"}}},
	})
	var got []string
	for _, r := range d.Related(d.Event("target")) {
		got = append(got, r.Phrase()+" "+r.Event.ID+" ("+r.Note+")")
	}
	want := []string{"responds to early ()", "follows from early (set it up)", "cancelled by late (called off)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("related to target = %q, want %q", got, want)
	}
}

// FindActors takes a word the way the explorer's actor filter does: an id
// or whole name is that actor; otherwise any actor whose name, role or id
// holds the word, spaces, hyphens and case ignored.
func TestFindActorsLikeTheActorFilter(t *testing.T) {
	d := fixture(t)
	ids := func(as []*Actor) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	for word, want := range map[string][]string{
		"kim": {"kim"}, "KIM": {"kim"}, "moon jae-in": {"moon"}, "Donald Trump": {"trump"},
		"Jae-in": {"moon"}, "jaein": {"moon"}, " trump ": {"trump"}, "nobody": nil,
	} {
		if got := ids(d.FindActors(word)); !slices.Equal(got, want) {
			t.Errorf("FindActors(%q) = %v, want %v", word, got, want)
		}
	}
}

// Two actors sharing a display name are both found by it, so the caller
// can say which ids fit rather than pick one silently.
func TestFindActorsByASharedNameFindsBoth(t *testing.T) {
	a := &Actor{ID: "kim-1", Name: "Kim", Kind: KindPerson, Side: "north-korea"}
	b := &Actor{ID: "kim-2", Name: "Kim", Kind: KindPerson, Side: "south-korea"}
	d := NewDataset(nil, []*Actor{a, b}, nil)
	if got := d.FindActors("kim"); len(got) != 2 {
		t.Errorf("FindActors(kim) = %d actors, want both", len(got))
	}
}

// A dash typed on a keyboard finds the typeset ones and each finds the
// others: the article writes "Kim–Moon" with an en dash.
func TestSearchTreatsDashesAlike(t *testing.T) {
	date := mustDate(t, "none", "", "", "")
	var events []*Event
	for i, dash := range []string{"-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212"} {
		events = append(events, &Event{ID: string(rune('a' + i)), Title: "Kim" + dash + "Moon", Date: date})
	}
	events = append(events, &Event{ID: "space", Title: "Kim Moon", Date: date})
	d := NewDataset(nil, nil, events)
	all := []string{"a", "b", "c", "d", "e", "f"}
	for _, q := range []string{"kim-moon", "KIM–MOON", "kim—moon", "kim\u2212moon", "kim\u2011moon", "-moon"} {
		if got := ids(d.Query(Filter{Search: q})); !reflect.DeepEqual(got, all) {
			t.Errorf("search %q: got %v, want %v", q, got, all)
		}
	}
	// Two words, each anywhere: every title holds both.
	if got := ids(d.Query(Filter{Search: "kim moon"})); !reflect.DeepEqual(got, append(all, "space")) {
		t.Errorf("search %q: got %v, want every title", "kim moon", got)
	}
}

// A quotation mark typed on a keyboard finds the article's curly ones:
// "Pompeo’s trip" with a right single quotation mark.
func TestSearchTreatsQuotationMarksAlike(t *testing.T) {
	date := mustDate(t, "none", "", "", "")
	d := NewDataset(nil, nil, []*Event{
		{ID: "curly", Title: "Trump cancels Pompeo\u2019s trip", Summary: "\u201cvery warm\u201d", Date: date},
		{ID: "straight", Title: "Pompeo's trip, \"very warm\"", Date: date},
		{ID: "none", Title: "Pompeos trip", Date: date},
	})
	for _, q := range []string{"pompeo's", "POMPEO\u2019S", "\"very warm\"", "\u201cvery warm\u201d"} {
		if got := ids(d.Query(Filter{Search: q})); !reflect.DeepEqual(got, []string{"curly", "straight"}) {
			t.Errorf("search %q: got %v, want curly and straight", q, got)
		}
	}
}

// The README's tie rule: dates that start on the same day go narrowest
// first, whatever order the dataset gives them in; a date starting later
// follows them all.
func TestTimelineTieGoesToTheNarrowerDate(t *testing.T) {
	date := func(precision, start, end, part string) Date { return mustDate(t, precision, start, end, part) }
	d := NewDataset(nil, nil, []*Event{
		{ID: "sep", Date: date("month", "2018-09-01", "", "")},
		{ID: "5-sep", Date: date("day", "2018-09-05", "", "")},
		{ID: "early-sep", Date: date("month", "2018-09-01", "", "early")},
		{ID: "1-5-sep", Date: date("range", "2018-09-01", "2018-09-05", "")},
		{ID: "1-sep", Date: date("day", "2018-09-01", "", "")},
	})
	want := []string{"1-sep", "1-5-sep", "early-sep", "sep", "5-sep"}
	if got := ids(d.Events); !reflect.DeepEqual(got, want) {
		t.Errorf("timeline order = %v, want %v", got, want)
	}
}

// In any-of mode an actor's count ignores the actors chosen (but not the
// search): with Kim chosen, Moon counts the UN briefing too, which
// choosing him adds. In all-of mode counts are within the result.
func TestFacetCountsAnyOfIgnoreTheChoice(t *testing.T) {
	d := fixture(t)
	kim := Filter{Actors: []string{"kim"}, Mode: MatchAny}
	if got := d.FacetCounts(kim, d.Query(kim))["moon"]; got != 3 {
		t.Errorf("any of, Kim chosen: Moon counts %d, want his 3 events", got)
	}
	if got := d.FacetCounts(kim, d.Query(kim))["kim"]; got != 3 {
		t.Errorf("any of: Kim counts %d, want 3", got)
	}
	if got := ids(d.Query(Filter{Actors: []string{"kim", "moon"}})); !slices.Contains(got, "un") {
		t.Errorf("choosing Moon should add the UN briefing: %v", got)
	}
	if got := facets(d, Filter{Actors: []string{"kim"}, Search: "summit"})["moon"]; got != 1 {
		t.Errorf("any of with a search: Moon counts %d, want 1 (the Pyongyang summit)", got)
	}
	if got := facets(d, Filter{Actors: []string{"kim"}, Mode: MatchAll})["moon"]; got != 2 {
		t.Errorf("all of, Kim chosen: Moon counts %d, want the 2 events with both", got)
	}
}

func facets(d *Dataset, f Filter) map[string]int { return d.FacetCounts(f, d.Query(f)) }
