package axis

import (
	"slices"

	"parley/model"
)

// placement is events as the axis places them: each one's days and
// glyphs, its actors numbered and ranked for the lanes, the days the scale
// is fitted to. It is the part of SetEvents that reads every event.
type placement struct {
	events   []*model.Event
	marks    []mark
	pos      []int
	cast     cast
	points   []day
	dated    int
	longest  day
	slot     map[int]int
	unstated bool
}

// place places events (in timeline order) with the chosen actors' lanes
// first. It only reads the dataset and the events.
func place(ds *model.Dataset, events []*model.Event, chosenActors []string) *placement {
	p := &placement{events: events, marks: make([]mark, len(events)), slot: map[int]int{}, dated: len(events)}
	p.pos = positions(ds, events)
	p.cast = newCast(ds, p.pos, chosenActors)
	p.points = make([]day, 0, 2*len(events))
	for i, e := range events {
		p.unstated = p.unstated || e.Status == model.StatusUnstated
		if !e.Date.Dated() {
			p.marks[i].glyph = statusGlyph(e.Status)
			p.dated = min(p.dated, i)
			p.slot[i] = min(len(p.slot), gutterSlots-1)
			continue
		}
		first, last := e.Date.Span()
		mk := mark{first: dayOf(first), last: dayOf(last), dated: true, span: spanGlyph(e.Date.Precision), glyph: statusGlyph(e.Status)}
		if e.Status == model.StatusOngoing {
			mk.until = until(ds, e)
			// A source dated before the event began leaves nothing to run.
			if mk.run = mk.until > mk.last; mk.run {
				if mk.until != openEnd {
					p.points = append(p.points, mk.until)
				}
			}
		}
		p.marks[i] = mk
		p.longest = max(p.longest, mk.last-mk.first) // runs are counted apart (see goneBefore)
		p.points = append(p.points, mk.first, mk.last)
	}
	slices.Sort(p.points)
	return p
}

// until is how far ongoing event e runs: the day the dataset gives, or
// openEnd.
func until(ds *model.Dataset, e *model.Event) day {
	if until, ok := ds.OngoingUntil(e); ok {
		return dayOf(until)
	}
	return openEnd
}

// positions finds each event's timeline position by walking the
// dataset's events alongside: a filter's result is a subsequence of them,
// in order, so no event is looked up by id. An event out of that order is
// looked up.
func positions(ds *model.Dataset, events []*model.Event) []int {
	pos := make([]int, len(events))
	all := ds.Events
	j := 0
	for i, e := range events {
		for j < len(all) && all[j] != e {
			j++
		}
		if j == len(all) {
			j = max(0, ds.Index(e))
		}
		pos[i] = j
	}
	return pos
}
