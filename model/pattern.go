package model

import (
	"cmp"
	"slices"
)

// Step is one row of a pattern: an event of the earlier phase beside the
// event of the later phase it parallels, with the link's note. In a gap
// one side is nil: that event has no counterpart in the other phase.
type Step struct {
	Earlier, Later *Event
	Note           string
}

// Gap reports whether the step is an event without a counterpart.
func (s Step) Gap() bool { return s.Earlier == nil || s.Later == nil }

// Pattern is two phases side by side, step by step.
type Pattern struct {
	Earlier, Later *Phase
	Steps          []Step
}

// Aligned counts the steps that pair two events.
func (p Pattern) Aligned() int {
	n := 0
	for _, s := range p.Steps {
		if !s.Gap() {
			n++
		}
	}
	return n
}

// PatternPhases picks the two phases to compare: the pair joined by the
// most parallels links (the first such pair in dataset order on a tie),
// earlier phase first. ok is false when no two phases share a link.
func (d *Dataset) PatternPhases() (earlier, later *Phase, ok bool) {
	best := 0
	for i, a := range d.Phases {
		for _, b := range d.Phases[i+1:] {
			if n := len(d.parallels(a, b)); n > best {
				best, earlier, later = n, a, b
			}
		}
	}
	if best == 0 {
		return nil, nil, false
	}
	if later.Start.Before(earlier.Start) {
		earlier, later = later, earlier
	}
	return earlier, later, true
}

// pairing is one parallels link between the two phases, by the events'
// places in their phase.
type pairing struct {
	a, b int
	note string
}

// parallels lists the parallels links from an event of a to an event of
// b, ordered by a's event, then b's.
func (d *Dataset) parallels(a, b *Phase) []pairing {
	evA, evB := d.PhaseEvents(a), d.PhaseEvents(b)
	at := make(map[*Event]int, len(evB))
	for i, e := range evB {
		at[e] = i
	}
	var out []pairing
	for i, e := range evA {
		for _, r := range d.Related(e) {
			if k, ok := at[r.Event]; ok && r.Kind == LinkParallels && r.Event != e {
				out = append(out, pairing{i, k, r.Note})
			}
		}
	}
	slices.SortStableFunc(out, func(x, y pairing) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	return slices.CompactFunc(out, func(x, y pairing) bool { return x.a == y.a && x.b == y.b })
}

// Pattern aligns two phases by their parallels links: one step per link,
// in the earlier phase's order, and each event that has no counterpart as
// a gap placed before the first step that comes after it in its phase.
func (d *Dataset) Pattern(earlier, later *Phase) Pattern {
	evA, evB := d.PhaseEvents(earlier), d.PhaseEvents(later)
	links := d.parallels(earlier, later)
	pairedA, pairedB := make([]bool, len(evA)), make([]bool, len(evB))
	for _, l := range links {
		pairedA[l.a], pairedB[l.b] = true, true
	}
	p := Pattern{Earlier: earlier, Later: later}
	nextA, nextB := 0, 0
	gapsBefore := func(a, b int) {
		for ; nextA < a; nextA++ {
			if !pairedA[nextA] {
				p.Steps = append(p.Steps, Step{Earlier: evA[nextA]})
			}
		}
		for ; nextB < b; nextB++ {
			if !pairedB[nextB] {
				p.Steps = append(p.Steps, Step{Later: evB[nextB]})
			}
		}
	}
	for _, l := range links {
		gapsBefore(l.a, max(nextB, l.b))
		p.Steps = append(p.Steps, Step{Earlier: evA[l.a], Later: evB[l.b], Note: l.note})
	}
	gapsBefore(len(evA), len(evB))
	return p
}
