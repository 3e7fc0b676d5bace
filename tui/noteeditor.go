package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/termsafe"
)

// maxNoteChars caps one note: pages of text, not a book.
const maxNoteChars = 20000

// noteTarget is what a note is written on: an event, or a passage of its
// source as read with it; existing is the note already there, if any.
type noteTarget struct {
	event    *model.Event
	passage  *model.Passage
	existing *model.Note
}

// noteEditor is the overlay that writes, edits and deletes one note in a
// bubbles textarea, under a few lines saying what the note is on. It owns
// only the text: the root turns it into a change (see change) and saves.
type noteEditor struct {
	ctx *context
	// ta is made when the editor first opens: most sessions never write a
	// note, and making it was a third of New's work and most of its
	// memory (room for 10,000 lines). It is held by pointer: the explorer
	// is copied at each message, and the textarea is 11.6 KB of its 31.7.
	ta     *textarea.Model
	target noteTarget
	about  []string // what the note is on, laid out for the width
	w, h   int
	now    func() time.Time
}

func newNoteEditor(ctx *context) noteEditor { return noteEditor{ctx: ctx, now: time.Now} }

// newNoteArea is the textarea a note is written in.
func newNoteArea(keys textarea.KeyMap) *textarea.Model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.CharLimit = maxNoteChars
	ta.MaxHeight = 0 // as many lines as the note needs; the pane scrolls them
	ta.KeyMap = keys
	ta.Placeholder = "Write your note. ctrl+s or esc saves it; an emptied note is deleted."
	ta.Cursor.SetMode(cursor.CursorStatic)
	ta.FocusedStyle.CursorLine = ta.FocusedStyle.Text // no highlighted line: it would look selected
	return &ta
}

// open starts editing the note on t, or a new one. The cursor does not
// blink, so focusing asks for no command.
func (e *noteEditor) open(t noteTarget) {
	if e.ta == nil {
		e.ta = newNoteArea(e.ctx.keys.NoteEdit)
	}
	e.target = t
	e.ta.Reset()
	if t.existing != nil {
		e.ta.SetValue(termsafe.Text(t.existing.Text))
	}
	e.layout()
	e.ta.Focus()
}

func (e *noteEditor) takesText() bool { return true }

func (e *noteEditor) setSize(w, h int) {
	e.w, e.h = max(w, 0), max(h, 0)
	e.layout()
}

// maxAboutLines keeps the passage above the editor short: the note is
// what is being written.
const maxAboutLines = 4

// layout wraps what the note is on and gives the textarea the rest.
func (e *noteEditor) layout() {
	st := e.ctx.st
	e.about = nil
	if ev := e.target.event; ev != nil && e.w > 0 {
		if p := e.target.passage; p != nil {
			lines := wrapIndent("┃ ", "┃ ", flatten(p.Text), e.w, st.current)
			if len(lines) > maxAboutLines {
				lines = append(lines[:maxAboutLines-1], truncate(lines[maxAboutLines-1], e.w-1)+"…")
			}
			e.about = lines
		}
		e.about = append(e.about, truncate(st.dim.Render(ev.Date.Display()+" · "+flatten(ev.Title)), e.w), "")
	}
	if e.ta != nil {
		e.ta.SetWidth(max(e.w, 1))
		e.ta.SetHeight(max(e.h-len(e.about), 1))
	}
}

// update edits the text; ctrl+s saves, esc saves and closes, ctrl+x
// deletes.
func (e *noteEditor) update(msg tea.Msg, s *shared) intent {
	k := e.ctx.keys
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.NoteSave):
			return intentSave
		case key.Matches(km, k.NoteClose):
			return intentBack
		case key.Matches(km, k.NoteDelete):
			return intentDelete
		}
	}
	switch m := msg.(type) {
	case tea.MouseMsg:
		return noIntent // the textarea has no use for the mouse
	case tea.KeyMsg:
		if wordLeftAtStart(e.ta, m) {
			return noIntent
		}
		if m.Type == tea.KeyRunes { // typed or pasted text: nothing in it may drive the terminal
			m.Runes = []rune(termsafe.Text(string(m.Runes)))
			if len(m.Runes) == 0 {
				return noIntent
			}
			msg = m
		}
	}
	*e.ta, _ = e.ta.Update(msg) // a static cursor asks for no commands
	return noIntent
}

// change is what saving the text makes of the note: written, edited,
// deleted (asked for, or emptied), or nothing (no text, or no edit).
func (e *noteEditor) change(deleting bool) (model.Change, bool) {
	text := strings.TrimRight(e.ta.Value(), " \t\n")
	old := e.target.existing
	now := e.now().UTC().Truncate(time.Second)
	empty := strings.TrimSpace(text) == ""
	switch {
	case (deleting || empty) && old == nil:
		return model.Change{}, false
	case deleting || empty:
		return model.Change{Kind: model.ChangeDeleteNote, Note: *old, At: now}, true
	case old != nil && old.Text == text:
		return model.Change{}, false
	}
	n := model.Note{ID: model.NewNoteID(now), EventID: e.target.event.ID, Passage: e.target.passage, Created: now}
	if old != nil {
		n = *old
	}
	n.Text, n.Updated = text, now
	return model.Change{Kind: model.ChangePutNote, Note: n, At: now}, true
}

// saved records that c is in the notebook, so that saving the same text
// again is no change, and an edit after a delete writes a new note.
func (e *noteEditor) saved(c model.Change) {
	if c.Kind == model.ChangeDeleteNote {
		e.target.existing = nil
		return
	}
	n := c.Note
	e.target.existing = &n
}

func (e *noteEditor) heading(s *shared) (string, string) {
	if e.target.passage != nil {
		return "Note on a passage", ""
	}
	return "Note on the event", ""
}

func (e *noteEditor) view(s *shared) []string {
	return append(append([]string(nil), e.about...), strings.Split(e.ta.View(), "\n")...)
}

func (e *noteEditor) ShortHelp() []key.Binding {
	k := e.ctx.keys
	return []key.Binding{k.NoteSave, k.NoteClose, k.NoteDelete}
}

func (e *noteEditor) FullHelp() [][]key.Binding {
	k, t := e.ctx.keys, e.ctx.keys.NoteEdit
	return [][]key.Binding{{k.NoteSave, k.NoteClose, k.NoteDelete, withDesc(t.InsertNewline, "new line")}}
}
