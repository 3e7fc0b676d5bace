package tui

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"parley/model"
	"parley/notes"
)

// sessionNotes gives a fuzz session a real notes file in a temporary state
// directory of its own: marks and notes are saved as in use, and no test
// touches the real home directory.
func sessionNotes(t *testing.T) *notes.Store {
	t.Helper()
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	t.Setenv("HOME", state)
	s, msg := notes.Open(filepath.Join(state, "parley", "session.notes.json"), "builtin:fuzz")
	if msg != "" {
		t.Fatal(msg)
	}
	return s
}

// notesInStep is what must hold of marks and notes after every step: the
// explorer shows the notebook as the store has it, the filter marks what
// is marked, the status line says when only marked events are shown, and
// once nothing waits to be saved the file holds exactly that notebook.
func notesInStep(m Model) error {
	store := m.ctx.notes
	if !sameNotebook(m.book, store.Notebook()) {
		return fmt.Errorf("the explorer shows a notebook the store does not have: %+v vs %+v", m.book, store.Notebook())
	}
	if !maps.Equal(m.filter.Marked, m.book.MarkedIDs()) {
		return fmt.Errorf("the filter's marks %v are not the notebook's %v", m.filter.Marked, m.book.Marks)
	}
	if !m.layout.has(paneSearch) && m.sized {
		wide := m
		wide.w = 1000
		if shown := strings.Contains(ansi.Strip(wide.statusLine()), "★ Marked only"); shown != m.filter.MarkedOnly {
			return fmt.Errorf("status line says marked only: %v; the filter: %v", shown, m.filter.MarkedOnly)
		}
	}
	if m.layout.has(paneNote) && m.layout.focus() != paneNote {
		return fmt.Errorf("the note editor is open under %v: typing would go elsewhere", m.layout.focus())
	}
	if s, ok := store.(*notes.Store); ok && s.Pending() == 0 && len(s.Notebook().Marks)+len(s.Notebook().Notes) > 0 {
		onDisk, err := notes.Read(s.Path())
		if err != nil {
			return fmt.Errorf("the notes file does not read after a save: %v", err)
		}
		if !sameNotebook(onDisk, s.Notebook()) {
			return fmt.Errorf("the notes file holds %+v, the explorer %+v", onDisk, s.Notebook())
		}
	}
	return nil
}

// sameNotebook compares what a reader sees: which events are marked and
// each note's id, event, passage and text.
func sameNotebook(a, b model.Notebook) bool {
	key := func(n model.Note) string {
		p := ""
		if n.Passage != nil {
			p = fmt.Sprintf("%s@%d:%s", n.Passage.SourceID, n.Passage.Offset, n.Passage.Text)
		}
		return n.ID + "|" + n.EventID + "|" + p + "|" + n.Text
	}
	notesOf := func(b model.Notebook) []string {
		var out []string
		for _, n := range b.Notes {
			out = append(out, key(n))
		}
		return out
	}
	return maps.Equal(a.MarkedIDs(), b.MarkedIDs()) && slices.Equal(notesOf(a), notesOf(b))
}
