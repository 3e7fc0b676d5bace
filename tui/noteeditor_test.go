package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

func editorOn(t noteTarget) *noteEditor {
	e := newNoteEditor(newContext(model.NewDataset(nil, nil, nil), false))
	e.now = func() time.Time { return time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC) }
	e.setSize(60, 10)
	e.open(t)
	return &e
}

func typeNote(e *noteEditor, s string) {
	for _, r := range s {
		if r == '\n' {
			e.update(tea.KeyMsg{Type: tea.KeyEnter}, nil)
			continue
		}
		e.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}, nil)
	}
}

func TestTheEditorWritesEditsAndDeletesANote(t *testing.T) {
	ev := &model.Event{ID: "kim-letter"}
	e := editorOn(noteTarget{event: ev})
	typeNote(e, "first line\nsecond line\n\n")
	c, ok := e.change(false)
	if !ok || c.Kind != model.ChangePutNote || c.Note.Text != "first line\nsecond line" || c.Note.EventID != "kim-letter" || c.Note.ID == "" {
		t.Fatalf("a new note: %+v, %v", c, ok)
	}
	written := c.Note

	e = editorOn(noteTarget{event: ev, existing: &written})
	if _, ok := e.change(false); ok {
		t.Error("closing an untouched note made a change")
	}
	typeNote(e, " more")
	if c, ok := e.change(false); !ok || c.Note.ID != written.ID || c.Note.Text != "first line\nsecond line more" || !c.Note.Created.Equal(written.Created) {
		t.Errorf("an edit: %+v, want the same note with the new text", c)
	}
	if c, ok := e.change(true); !ok || c.Kind != model.ChangeDeleteNote || c.Note.ID != written.ID {
		t.Errorf("delete: %+v", c)
	}

	e = editorOn(noteTarget{event: ev})
	typeNote(e, "  \n ")
	if _, ok := e.change(false); ok {
		t.Error("an empty new note was kept")
	}
}

func TestEmptyingANoteDeletesIt(t *testing.T) {
	old := model.Note{ID: "n", EventID: "kim-letter", Text: "ab"}
	e := editorOn(noteTarget{event: &model.Event{ID: "kim-letter"}, existing: &old})
	e.update(tea.KeyMsg{Type: tea.KeyBackspace}, nil)
	e.update(tea.KeyMsg{Type: tea.KeyBackspace}, nil)
	if c, ok := e.change(false); !ok || c.Kind != model.ChangeDeleteNote || c.Note.ID != "n" {
		t.Errorf("an emptied note: %+v, %v; want it deleted", c, ok)
	}
}

// The note's text area is made when the editor first opens, after the
// window has its size (and perhaps another since): it takes the window's
// width and height then, and follows a resize while open. A line that
// fits the window stays one line; the area's own default (40 columns, 6
// rows) would wrap it and hide what is below the sixth line.
func TestTheNoteAreaTakesTheWindowsSize(t *testing.T) {
	line := "Check the April date against the Blue House records of the summit day"
	lines := "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight"
	for _, c := range []struct {
		name string
		open func() Model
	}{
		{"opened at its size", func() Model { return press(t, sized(t, 100, 30, Options{}), "c") }},
		{"opened after a resize", func() Model { return press(t, resized(sized(t, 60, 16, Options{}), 100, 30), "c") }},
		{"resized while open", func() Model { return resized(press(t, sized(t, 60, 16, Options{}), "c"), 100, 30) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := c.open()
			typeNote(&m.note, line)
			mustContain(t, m.View(), line)
			m = c.open()
			typeNote(&m.note, lines)
			mustContain(t, m.View(), "seven", "eight")
		})
	}
}
