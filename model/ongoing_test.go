package model

import (
	"testing"
	"time"
)

// An ongoing event runs to the first day its latest source can have been
// published; an event of another status, or whose sources have no date,
// has no such day.
func TestOngoingUntil(t *testing.T) {
	published := func(from, to string) Date {
		f, _ := time.Parse(DayLayout, from)
		l, _ := time.Parse(DayLayout, to)
		return Date{Precision: PrecisionRange, Start: f, End: l}
	}
	sources := []*Source{
		{ID: "june", Published: published("2018-06-20", "2018-06-22")},
		{ID: "sept", Published: published("2018-09-10", "2018-09-13")},
		{ID: "undated"},
	}
	stall := &Event{ID: "stall", Status: StatusOngoing, Date: day("2018-06-12"),
		Excerpts: []Excerpt{{SourceID: "june"}}, Quotes: []Quote{{Excerpt: Excerpt{SourceID: "sept"}}}}
	undated := &Event{ID: "talks", Status: StatusOngoing, Date: day("2018-06-12"), Excerpts: []Excerpt{{SourceID: "undated"}}}
	over := &Event{ID: "summit", Status: StatusOccurred, Date: day("2018-06-12"), Excerpts: []Excerpt{{SourceID: "sept"}}}
	ds := NewDataset(sources, nil, []*Event{stall, undated, over})

	if until, ok := ds.OngoingUntil(stall); !ok || until.Format(DayLayout) != "2018-09-10" {
		t.Errorf("stall runs until %v (%v), want 2018-09-10: the later source's first possible day", until, ok)
	}
	for _, e := range []*Event{undated, over} {
		if until, ok := ds.OngoingUntil(e); ok {
			t.Errorf("%s runs until %v; want no day", e.ID, until)
		}
	}
}
