package model

import (
	"fmt"
	"strings"
)

// PlacedNote is a note with where it lands in a dataset today.
type PlacedNote struct {
	Note
	// Start and End are the passage's span in its source's text; -1 for a
	// note on a whole event and for an orphan.
	Start, End int
	// Orphaned says why the note's anchor no longer resolves in this
	// dataset; empty when it does.
	Orphaned string
}

// NotePlaces is a notebook laid over a dataset: each note under its event,
// and the notes and marks whose anchors no longer resolve, kept aside.
type NotePlaces struct {
	byEvent     map[string][]PlacedNote
	Orphans     []PlacedNote // in notebook order
	OrphanMarks []Mark       // marks on events the dataset no longer has
}

// Of is the notes placed on the event with this id, in notebook order.
func (p NotePlaces) Of(eventID string) []PlacedNote { return p.byEvent[eventID] }

// PlaceNotes resolves every anchor in b against d. A note whose event is
// gone, or whose passage is not in its source with the same words and the
// same text either side, is an orphan: it is never moved to a passage
// that only looks like its own.
func (d *Dataset) PlaceNotes(b Notebook) NotePlaces {
	p := NotePlaces{byEvent: map[string][]PlacedNote{}}
	for _, m := range b.Marks {
		if d.Event(m.EventID) == nil {
			p.OrphanMarks = append(p.OrphanMarks, m)
		}
	}
	for _, n := range b.Notes {
		placed := d.placeNote(n)
		if placed.Orphaned != "" {
			p.Orphans = append(p.Orphans, placed)
			continue
		}
		p.byEvent[n.EventID] = append(p.byEvent[n.EventID], placed)
	}
	return p
}

func (d *Dataset) placeNote(n Note) PlacedNote {
	placed := PlacedNote{Note: n, Start: -1, End: -1}
	if d.Event(n.EventID) == nil {
		placed.Orphaned = fmt.Sprintf("event %q is no longer in the dataset", n.EventID)
		return placed
	}
	if n.Passage == nil {
		return placed
	}
	src := d.Source(n.Passage.SourceID)
	if src == nil {
		placed.Orphaned = fmt.Sprintf("source %q is no longer in the dataset", n.Passage.SourceID)
		return placed
	}
	start, ok := n.Passage.find(src.Text)
	if !ok {
		placed.Orphaned = fmt.Sprintf("the passage is no longer in source %q as it was", n.Passage.SourceID)
		return placed
	}
	placed.Start, placed.End = start, start+len(n.Passage.Text)
	return placed
}

// find is where the passage's words stand in text with the same context
// either side; of several such places, the one nearest the offset hint.
func (p Passage) find(text string) (int, bool) {
	best, found := -1, false
	if p.Text == "" {
		return best, false
	}
	if p.matchesAt(text, p.Offset) { // the usual case: the text has not moved
		return p.Offset, true
	}
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], p.Text)
		if i < 0 {
			break
		}
		at := from + i
		if p.matchesAt(text, at) {
			if !found || distance(at, p.Offset) < distance(best, p.Offset) {
				best, found = at, true
			}
		}
		from = at + 1
	}
	return best, found
}

// matchesAt reports whether the passage, with its context, stands at at.
func (p Passage) matchesAt(text string, at int) bool {
	return at >= 0 && at <= len(text) && strings.HasPrefix(text[at:], p.Text) &&
		strings.HasSuffix(text[:at], p.Before) && strings.HasPrefix(text[at+len(p.Text):], p.After)
}

func distance(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// Texts is, per event id, the text of every note placed on it, one note a
// line: what a search looks in (Filter.Notes).
func (p NotePlaces) Texts() map[string]string {
	out := make(map[string]string, len(p.byEvent))
	for id, placed := range p.byEvent {
		texts := make([]string, len(placed))
		for i, n := range placed {
			texts[i] = n.Text
		}
		out[id] = strings.Join(texts, "\n")
	}
	return out
}
