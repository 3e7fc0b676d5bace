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
