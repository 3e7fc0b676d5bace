package model_test

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"parley/model"
)

// involved is every actor id an event names, by the definition of
// ActorCounts: participants, quote speakers and the outlets that reported.
func involved(e *model.Event) map[string]bool {
	ids := map[string]bool{}
	for _, p := range e.Participants {
		ids[p.ActorID] = true
	}
	for _, q := range e.Quotes {
		for _, id := range q.Speakers {
			ids[id] = true
		}
		if q.ReportedByID != "" {
			ids[q.ReportedByID] = true
		}
	}
	return ids
}

func TestActorFilterAndCountsMatchTheDefinition(t *testing.T) {
	for name, ds := range testDatasets(t) {
		top := busiest(ds)
		for _, f := range []model.Filter{
			{},
			{Actors: top[:1]},
			{Actors: top[:2], Mode: model.MatchAny},
			{Actors: top[:2], Mode: model.MatchAll},
			{Actors: []string{top[0], top[0]}, Mode: model.MatchAll},
			{Actors: top[1:3], Search: "e"},
		} {
			var want []*model.Event
			for _, e := range naiveSearch(ds, f.Search) {
				ids, hits := involved(e), 0
				for _, a := range f.Actors {
					if ids[a] {
						hits++
					}
				}
				if len(f.Actors) == 0 || (f.Mode == model.MatchAny && hits > 0) || (f.Mode == model.MatchAll && hits == len(f.Actors)) {
					want = append(want, e)
				}
			}
			got := ds.Query(f)
			if len(got) != len(want) {
				t.Errorf("%s: %+v kept %d events, want %d", name, f, len(got), len(want))
				continue
			}
			wantCounts := map[string]int{}
			for _, e := range want {
				for id := range involved(e) {
					wantCounts[id]++
				}
			}
			if counts := ds.ActorCounts(got); !maps.Equal(counts, wantCounts) {
				t.Errorf("%s: %+v: ActorCounts differ from a plain count", name, f)
			}
			if !f.Active() && !maps.Equal(ds.FacetCounts(f, got), wantCounts) {
				t.Errorf("%s: %+v: FacetCounts differ from a plain count", name, f)
			}
		}
	}
}

// Events in any order, and events from elsewhere, are counted the same.
func TestActorCountsOfEventsInAnyOrder(t *testing.T) {
	for name, ds := range testDatasets(t) {
		events := ds.Query(model.Filter{Search: "e"})
		want := ds.ActorCounts(events)
		reversed := slices.Clone(events)
		slices.Reverse(reversed)
		foreign := &model.Event{ID: "not-in-the-dataset", Participants: []model.Participant{{ActorID: "nobody"}}}
		for label, evs := range map[string][]*model.Event{
			"reversed":              reversed,
			"foreign first":         append([]*model.Event{foreign}, events...),
			"foreign in the middle": append(append(slices.Clone(events[:len(events)/2]), foreign), events[len(events)/2:]...),
		} {
			if got := ds.ActorCounts(evs); !maps.Equal(got, want) {
				t.Errorf("%s: %s: counts differ", name, label)
			}
		}
	}
}

// A few events of a large dataset, found by id rather than by a walk,
// are counted as a plain count says.
func TestActorCountsOfAFewEvents(t *testing.T) {
	for name, ds := range testDatasets(t) {
		few := []*model.Event{ds.Events[len(ds.Events)-1], ds.Events[len(ds.Events)/2]}
		want := map[string]int{}
		for _, e := range few {
			for id := range involved(e) {
				want[id]++
			}
		}
		if got := ds.ActorCounts(few); !maps.Equal(got, want) {
			t.Errorf("%s: the last event and a middle one: counts %v, want %v", name, got, want)
		}
	}
}

// A result is allocated at about its size, not for every event: a slice
// for every event was 8 MB at a million, made for each letter typed.
func TestResultIsAllocatedAtItsSize(t *testing.T) {
	for name, ds := range testDatasets(t) {
		top := busiest(ds)
		for _, f := range []model.Filter{{Search: "summit"}, {Search: "q"}, {Actors: top[:1]}, {Actors: top[:2], Mode: model.MatchAll}} {
			got := ds.Query(f)
			if limit := max(len(got)*2, 8); cap(got) > limit {
				t.Errorf("%s: %+v keeps %d events in a slice of room for %d", name, f, len(got), cap(got))
			}
		}
	}
}

// QueryResult is Query, FacetCounts and the result's positions in one:
// the explorer shows its counts next to the actors, and finds the phase
// headings from its positions, so they must agree in every mode.
func TestQueryResultIsQueryAndFacetCounts(t *testing.T) {
	for name, ds := range testDatasets(t) {
		for _, f := range resultFilters(ds) {
			checkResult(t, name, ds, f, ds.QueryResult(f))
		}
	}
}

// TestRequeryFromAnyResultIsQueryResult: a query started from an earlier
// result, as typing, erasing and toggling do, answers as one from
// nothing, whatever came before it, another dataset's result included.
func TestRequeryFromAnyResultIsQueryResult(t *testing.T) {
	sets := testDatasets(t)
	for name, ds := range sets {
		filters := resultFilters(ds)
		for _, w := range []string{"s", "su", "sum", "summ", "summi", "summit", "k", "ki", "kim"} {
			filters = append(filters, model.Filter{Search: w}, model.Filter{Search: w, Actors: busiest(ds)[:1], Mode: model.MatchAll})
		}
		var prevs []model.Result
		for _, f := range filters {
			prevs = append(prevs, ds.QueryResult(f))
		}
		for other, ods := range sets {
			if other != name {
				prevs = append(prevs, ods.QueryResult(model.Filter{Search: "s"}))
			}
		}
		for _, prev := range prevs {
			for _, f := range filters {
				checkResult(t, name+" (from an earlier result)", ds, f, ds.Requery(prev, f))
				// Selected without counts, then counted: the same result.
				sel := ds.Select(prev, f)
				if sel.Counts != nil {
					t.Errorf("%s: %s: Select counted the actors", name, brief(f))
				}
				if want := ds.Query(f); len(prev.At) == len(sel.At) && slices.Equal(prev.Events(), want) && !sel.Same(prev) {
					t.Errorf("%s: %s: Select of prev's events is another list than prev's", name, brief(f))
				}
				checkResult(t, name+" (selected, then counted)", ds, f, ds.Count(sel, f))
			}
		}
	}
}

// resultFilters are filters of each kind: none, a search, all-of and
// any-of actors with a search, one actor, marked only.
func resultFilters(ds *model.Dataset) []model.Filter {
	top := busiest(ds)
	marked := map[string]bool{ds.Events[0].ID: true, ds.Events[len(ds.Events)-1].ID: true}
	all := map[string]bool{}
	for _, e := range ds.Events {
		all[e.ID] = true
	}
	return []model.Filter{
		{},
		{Search: "summit"},
		{Search: "e", Actors: top[:2], Mode: model.MatchAll},
		{Search: "e", Actors: top[:2], Mode: model.MatchAny},
		{Actors: top[:1], Mode: model.MatchAll},
		{Marked: marked, MarkedOnly: true},
		{Marked: all, MarkedOnly: true}, // every event kept
	}
}

// checkResult fails unless r is Query(f) with FacetCounts and positions.
func checkResult(t *testing.T, name string, ds *model.Dataset, f model.Filter, r model.Result) {
	t.Helper()
	want := ds.Query(f)
	if got := r.Events(); !slices.Equal(got, want) || r.Len() != len(want) {
		t.Errorf("%s: %s: the result kept %d events (Len %d), Query %d", name, brief(f), len(got), r.Len(), len(want))
	}
	// Each event read off the bits by its place in the list, and each
	// position's place: the events kept before it.
	listed := 0
	for pos, e := range ds.Events {
		if got := r.Rank(pos); got != listed {
			t.Errorf("%s: %s: Rank(%d) = %d, %d events kept before it", name, brief(f), pos, got, listed)
			break
		}
		if r.Has(pos) {
			if got := r.Event(listed); got != e {
				t.Errorf("%s: %s: Event(%d) = %s, want %s", name, brief(f), listed, got.ID, e.ID)
				break
			}
			listed++
		}
	}
	if got := r.Rank(len(ds.Events)); got != r.Len() {
		t.Errorf("%s: %s: Rank past the end = %d, want Len %d", name, brief(f), got, r.Len())
	}
	for _, i := range []int{-1, r.Len()} {
		if e, ok := eventOutOfRange(r, i); ok {
			t.Errorf("%s: %s: Event(%d) of %d events gave %s, want a panic", name, brief(f), i, r.Len(), e.ID)
		}
	}
	if wantCounts := ds.FacetCounts(f, want); !maps.Equal(r.Counts, wantCounts) {
		t.Errorf("%s: %s: the result's counts differ from FacetCounts'", name, brief(f))
	}
	var at []*model.Event
	for pos, e := range ds.Events {
		if r.At[pos>>6]&(1<<(pos&63)) != 0 {
			at = append(at, e)
		}
	}
	if !slices.Equal(at, want) || len(r.At) != (len(ds.Events)+63)/64 {
		t.Errorf("%s: %s: the result's positions hold %d events, Query kept %d", name, brief(f), len(at), len(want))
	}
}

// brief names a filter in a line: its marked set can be every event.
func brief(f model.Filter) string {
	return fmt.Sprintf("search %q, actors %v (mode %d), marked only %v (%d marked)", f.Search, f.Actors, f.Mode, f.MarkedOnly, len(f.Marked))
}

// Marked only keeps every event whose id is marked, even where a dataset
// built in code gives two events one id (a loaded one never does).
func TestMarkedOnlyKeepsEveryEventOfAMarkedID(t *testing.T) {
	a, b, c := &model.Event{ID: "x", Title: "first"}, &model.Event{ID: "x", Title: "second"}, &model.Event{ID: "y", Title: "other"}
	ds := model.NewDataset(nil, nil, []*model.Event{a, b, c})
	got := ds.Query(model.Filter{MarkedOnly: true, Marked: map[string]bool{"x": true}})
	if len(got) != 2 || got[0].ID != "x" || got[1].ID != "x" {
		t.Errorf("marked x: kept %d events, want both events with id x", len(got))
	}
}

// eventOutOfRange calls r.Event(i) for an i out of the list's range: ok
// says it returned an event instead of panicking.
func eventOutOfRange(r model.Result, i int) (e *model.Event, ok bool) {
	defer func() { _ = recover() }()
	return r.Event(i), true
}
