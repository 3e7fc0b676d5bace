package cli

import (
	"time"

	"parley/model"
)

// jsonNotebook is where the reader's notes came from, and the notes and
// marks that no longer attach to the dataset (their event is gone, or
// their passage no longer reads as it did). Notes that do attach are
// under their events.
type jsonNotebook struct {
	File          string     `json:"file"`    // empty when no notes file could be placed
	Problem       string     `json:"problem"` // why the file could not be read; empty when it was read or is not there yet
	OrphanedNotes []jsonNote `json:"orphaned_notes"`
	OrphanedMarks []jsonMark `json:"orphaned_marks"`
}

type jsonNote struct {
	ID       string           `json:"id"`
	Event    string           `json:"event"`
	Text     string           `json:"text"`
	Created  time.Time        `json:"created"`
	Updated  time.Time        `json:"updated"`
	Passage  *jsonNotePassage `json:"passage"`  // null for a note on the whole event
	Orphaned string           `json:"orphaned"` // why it no longer attaches; empty when it does
}

// jsonNotePassage is the passage a note is on; start and end are -1 when
// it is no longer found in the source.
type jsonNotePassage struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

type jsonMark struct {
	Event  string    `json:"event"`
	Marked time.Time `json:"marked"`
}

func toJSONNotebook(nb NotesView) jsonNotebook {
	out := jsonNotebook{File: nb.File, Problem: nb.Problem, OrphanedNotes: toJSONNotes(nb.Places.Orphans), OrphanedMarks: []jsonMark{}}
	for _, m := range nb.Places.OrphanMarks {
		out.OrphanedMarks = append(out.OrphanedMarks, jsonMark{Event: m.EventID, Marked: m.At})
	}
	return out
}

func toJSONNotes(placed []model.PlacedNote) []jsonNote {
	out := make([]jsonNote, 0, len(placed))
	for _, n := range placed {
		j := jsonNote{ID: n.ID, Event: n.EventID, Text: n.Text, Created: n.Created, Updated: n.Updated, Orphaned: n.Orphaned}
		if p := n.Passage; p != nil {
			j.Passage = &jsonNotePassage{Source: p.SourceID, Text: p.Text, Start: n.Start, End: n.End}
		}
		out = append(out, j)
	}
	return out
}
