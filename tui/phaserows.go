package tui

import (
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"parley/model"
)

// phaseRuns places the timeline's phase headings. A heading stands before
// each run of listed events that the same phases name: one phase's title,
// or both titles for an event two phases share. Events in no phase get no
// heading. Headings are rows of the list but never selected: the cursor
// counts events, and rowOf and at translate between the two.
type phaseRuns struct {
	// heads are the events that start a run, ascending: heading k is row
	// heads[k]+k, and event i is row i plus the headings at or before it.
	heads []int
}

// findRuns finds the runs in the listed events, done when the list
// changes: only the listed events in a phase are visited, each one's
// index in the list its rank.
func findRuns(ctx *context, list model.Result) phaseRuns {
	var r phaseRuns
	if len(ctx.phasesOf) == 0 {
		return r
	}
	var prev []*model.Phase
	last := -2 // the list index of the last listed event in a phase
	for w, word := range list.At {
		for in := word & ctx.phased[w]; in != 0; in &= in - 1 {
			pos := w<<6 | bits.TrailingZeros64(in)
			i := list.Rank(pos)
			phases := ctx.phasesOf[ctx.ds.Events[pos]]
			if i != last+1 || !slices.Equal(phases, prev) { // after an event in no phase, or in others
				r.heads = append(r.heads, i)
			}
			prev, last = phases, i
		}
	}
	return r
}

// rows counts the list's rows: the events and their headings.
func (r phaseRuns) rows(events int) int { return events + len(r.heads) }

// rowOf is the row event i is drawn on.
func (r phaseRuns) rowOf(i int) int { return i + sort.SearchInts(r.heads, i+1) }

// starts reports whether a heading stands right above event i.
func (r phaseRuns) starts(i int) bool {
	k := sort.SearchInts(r.heads, i)
	return k < len(r.heads) && r.heads[k] == i
}

// at is what a row shows: event i, or (heading true) the heading of the
// run that event i starts.
func (r phaseRuns) at(row int) (i int, heading bool) {
	// Headings before row: the first k whose heading row is past it.
	k := sort.Search(len(r.heads), func(k int) bool { return r.heads[k]+k > row })
	if k > 0 && r.heads[k-1]+k-1 == row {
		return r.heads[k-1], true
	}
	return row - k, false
}

// phaseHeading names the phases of a run with their spans: "Singapore
// run-up · 24 May–12 Jun", without the year when the timeline's title
// gives it.
func (c *context) phaseHeading(phases []*model.Phase) string {
	parts := make([]string, len(phases))
	for i, p := range phases {
		span := p.Display()
		if y := strconv.Itoa(p.Start.Year()); c.year == y && p.End.Year() == p.Start.Year() {
			span = strings.TrimSuffix(span, " "+y)
		}
		parts[i] = flatten(p.Title) + " · " + span
	}
	return strings.Join(parts, " + ")
}
