package model

import (
	"slices"
	"time"
)

// Phase is a stretch of the sequence with a shape of its own, such as the
// run-up to a summit (TimelineJS calls it an era). It names its events; the
// dataset resolves them.
type Phase struct {
	ID       string
	Title    string
	Summary  string    // written for the dataset, not quoted
	Start    time.Time // first day
	End      time.Time // last day, not before Start
	EventIDs []string  // as the dataset lists them
	Excerpts []Excerpt // the source's words that mark the phase out; at least one
}

// Display is the phase's span as a reader sees it: "24 May–12 Jun 2018".
func (p *Phase) Display() string {
	return Date{Precision: PrecisionRange, Start: p.Start, End: p.End}.Display()
}

// Contains reports whether a date could fall inside the phase: an undated
// date could fall anywhere, so it does.
func (p *Phase) Contains(d Date) bool {
	if !d.Dated() {
		return true
	}
	first, last := d.Span()
	return !last.Before(p.Start) && !first.After(p.End)
}

// Phase looks a phase up by id; nil when unknown.
func (d *Dataset) Phase(id string) *Phase {
	for _, p := range d.Phases {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// PhaseEvents is the phase's events in timeline order; ids that name no
// event are left out.
func (d *Dataset) PhaseEvents(p *Phase) []*Event {
	positions := make([]int, 0, len(p.EventIDs))
	for _, id := range p.EventIDs {
		if pos, ok := d.eventAt[id]; ok {
			positions = append(positions, pos)
		}
	}
	slices.Sort(positions)
	positions = slices.Compact(positions)
	out := make([]*Event, len(positions))
	for i, pos := range positions {
		out[i] = d.Events[pos]
	}
	return out
}

// PhasesOf is every phase that lists e, in dataset order.
func (d *Dataset) PhasesOf(e *Event) []*Phase {
	var out []*Phase
	for _, p := range d.Phases {
		if slices.Contains(p.EventIDs, e.ID) {
			out = append(out, p)
		}
	}
	return out
}
