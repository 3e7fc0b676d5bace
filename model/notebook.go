package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// Notebook is what a reader keeps next to a dataset: the events they
// marked and the notes they wrote. It refers to the dataset only through
// anchors (event ids, passages of source text), so it outlives edits to
// the dataset; PlaceNotes says where each note lands today.
type Notebook struct {
	Marks []Mark
	Notes []Note
}

// Mark is an event the reader marked as one that matters.
type Mark struct {
	EventID string
	At      time.Time
}

// Note is a reader's text on an event, or on one passage of a source as
// read with that event.
type Note struct {
	ID      string // unique within the notebook, never reused
	EventID string
	Passage *Passage // nil for a note on the event as a whole
	Text    string
	Created time.Time
	Updated time.Time
}

// Passage anchors a note to source text: the exact words, with a little
// of the text before and after them to tell apart passages that repeat.
// Offset is where the words were when the note was written: a hint, used
// only to choose between places that match in full.
type Passage struct {
	SourceID string
	Text     string
	Before   string
	After    string
	Offset   int
}

// contextBytes is how much text either side of a passage its anchor keeps.
const contextBytes = 32

// NewPassage anchors the span [start, end) of src's text, with up to
// contextBytes of context either side, cut at whole characters.
func NewPassage(src *Source, start, end int) Passage {
	t := src.Text
	from, to := start-contextBytes, end+contextBytes
	for from > 0 && !runeStart(t[from]) {
		from++
	}
	for to < len(t) && !runeStart(t[to]) {
		to--
	}
	from, to = max(from, 0), min(to, len(t))
	return Passage{SourceID: src.ID, Text: t[start:end], Before: t[from:start], After: t[end:to], Offset: start}
}

func runeStart(b byte) bool { return b&0xC0 != 0x80 }

// Marked reports whether the event with this id is marked.
func (b Notebook) Marked(eventID string) bool {
	return slices.ContainsFunc(b.Marks, func(m Mark) bool { return m.EventID == eventID })
}

// Note finds a note by id.
func (b Notebook) Note(id string) (Note, bool) {
	i := slices.IndexFunc(b.Notes, func(n Note) bool { return n.ID == id })
	if i < 0 {
		return Note{}, false
	}
	return b.Notes[i], true
}

// MarkedIDs is the set of marked event ids, for a filter.
func (b Notebook) MarkedIDs() map[string]bool {
	set := make(map[string]bool, len(b.Marks))
	for _, m := range b.Marks {
		set[m.EventID] = true
	}
	return set
}

// ChangeKind says what a Change does.
type ChangeKind int

const (
	ChangeMark       ChangeKind = iota // mark EventID
	ChangeUnmark                       // unmark EventID
	ChangePutNote                      // add Note, or replace the note with its id
	ChangeDeleteNote                   // delete the note with id Note.ID
)

// Change is one thing a reader did to a notebook. Changes, not whole
// notebooks, are what a save replays on the file as it is on disk, so that
// two windows on one dataset keep each other's work.
type Change struct {
	Kind    ChangeKind
	EventID string    // for ChangeMark, ChangeUnmark
	Note    Note      // for ChangePutNote; only the ID for ChangeDeleteNote
	At      time.Time // when the reader made it
}

// Apply returns the notebook with c made, leaving b as it was. Marking a
// marked event or deleting a deleted note changes nothing.
func (b Notebook) Apply(c Change) Notebook {
	out := Notebook{Marks: slices.Clone(b.Marks), Notes: slices.Clone(b.Notes)}
	switch c.Kind {
	case ChangeMark:
		if !b.Marked(c.EventID) {
			out.Marks = append(out.Marks, Mark{EventID: c.EventID, At: c.At})
		}
	case ChangeUnmark:
		out.Marks = slices.DeleteFunc(out.Marks, func(m Mark) bool { return m.EventID == c.EventID })
	case ChangePutNote:
		if i := slices.IndexFunc(out.Notes, func(n Note) bool { return n.ID == c.Note.ID }); i >= 0 {
			out.Notes[i] = c.Note
		} else {
			out.Notes = append(out.Notes, c.Note)
		}
	case ChangeDeleteNote:
		out.Notes = slices.DeleteFunc(out.Notes, func(n Note) bool { return n.ID == c.Note.ID })
	}
	return out
}

// NewNoteID makes an id for a note written at at: its time to the
// nanosecond and 32 random bits, so that two windows writing notes at
// once never pick the same id.
func NewNoteID(at time.Time) string {
	return fmt.Sprintf("n-%x-%08x", at.UnixNano(), rand.Uint32())
}
