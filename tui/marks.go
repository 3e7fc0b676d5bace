package tui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/words"
	"parley/model"
)

// The root's side of marks and notes: it makes each change in the
// notebook at once (no I/O), shows it everywhere, and saves it in the
// background; the status line says how the save went.

// startNotes takes the notebook the explorer starts with, and what the
// user must hear about its file.
func (m *Model) startNotes(nb Notebook, msg string) {
	if nb == nil {
		nb = newMemoryNotebook(msg)
	}
	m.ctx.notes = nb
	m.refreshNotes()
	if msg != "" {
		m.notice = msg
	} else if m.load.phase == loadNone { // a load in progress places every note once it is complete
		m.orphanNotice()
	}
}

// orphanNotice tells the user about notes whose event or passage the
// dataset no longer has.
func (m *Model) orphanNotice() {
	switch n := len(m.places.Orphans); {
	case n == 1:
		m.notice = "1 note no longer attaches to this dataset: parley --plain lists it"
	case n > 1:
		m.notice = words.Thousands(n) + " notes no longer attach to this dataset: parley --plain lists them"
	}
}

// refreshNotes takes the notebook as it is now and brings every pane in line.
func (m *Model) refreshNotes() {
	m.placeNotes()
	if m.filter.MarkedOnly || m.filter.Search != "" {
		m.requery()
	}
	m.detail.setNotes(m.eventNotes(m.current))
	m.reader.setNotes(m.eventNotes(m.reader.ev))
}

// placeNotes takes the notebook as it is now and places its notes on the
// dataset's events; the filter's marks and note texts come from that.
func (m *Model) placeNotes() {
	m.notesRev++
	m.book = m.ctx.notes.Notebook()
	m.places = m.ctx.ds.PlaceNotes(m.book)
	m.filter.Marked, m.filter.Notes = m.book.MarkedIDs(), m.places.Texts()
	m.axis.setMarked(m.filter.Marked)
}

// eventNotes is what the panes show of the notebook for one event.
type eventNotes struct {
	rev     int // changes with every refresh: panes rebuild when it does
	event   *model.Event
	marked  bool
	placed  []model.PlacedNote // on the event and its passages
	orphans []model.PlacedNote // written on it, no longer attached
}

func (m *Model) eventNotes(e *model.Event) eventNotes {
	if e == nil {
		return eventNotes{}
	}
	n := eventNotes{rev: m.notesRev, event: e, marked: m.filter.Marked[e.ID], placed: m.places.Of(e.ID)}
	for _, o := range m.places.Orphans {
		if o.EventID == e.ID {
			n.orphans = append(n.orphans, o)
		}
	}
	return n
}

// change makes c, shows it, and saves it in the background.
func (m *Model) change(c model.Change, done string) tea.Cmd {
	m.ctx.notes.Make(c)
	m.refreshNotes()
	m.notice = done
	return save(m.ctx.notes, done)
}

// toggleMark marks or unmarks the event being shown.
func (m *Model) toggleMark() tea.Cmd {
	e := m.current
	if e == nil {
		return nil
	}
	c := model.Change{Kind: model.ChangeMark, EventID: e.ID, At: m.note.now().UTC()}
	done := "★ Marked: " + flatten(e.Title)
	if m.filter.Marked[e.ID] {
		c.Kind, done = model.ChangeUnmark, "Unmarked: "+flatten(e.Title)
	}
	return m.change(c, done)
}

// toggleMarkedOnly shows only the marked events, or all again.
func (m *Model) toggleMarkedOnly() tea.Cmd {
	m.filter.MarkedOnly = !m.filter.MarkedOnly
	m.requery()
	if m.filter.MarkedOnly && len(m.filter.Marked) == 0 {
		m.notice = "No event is marked yet: m marks the selected one; M shows all again"
	}
	return nil
}

// openNote opens the editor on the note for what is being read: the
// passage in the reader, else the event.
func (m *Model) openNote() tea.Cmd {
	e := m.current
	if e == nil {
		return nil
	}
	t := noteTarget{event: e}
	isTarget := func(n model.PlacedNote) bool { return n.Passage == nil }
	if m.layout.focus() == paneReader {
		x, ok := m.reader.current()
		src := m.ctx.ds.Source(x.SourceID)
		if !ok || src == nil {
			m.notice = "This passage is not in the article text: a note cannot be anchored to it"
			return nil
		}
		p := model.NewPassage(src, x.Start, x.End)
		t.passage = &p
		isTarget = func(n model.PlacedNote) bool { return n.Passage != nil && n.Start == x.Start && n.End == x.End }
	}
	t.existing = latest(m.places.Of(e.ID), isTarget)
	m.layout.push(paneNote)
	m.note.open(t)
	return nil
}

// editNote opens the editor on a note listed in the detail.
func (m *Model) editNote(n model.PlacedNote) {
	note := n.Note
	m.layout.push(paneNote)
	m.note.open(noteTarget{event: m.current, passage: n.Passage, existing: &note})
}

// latest is the most recently updated note that on keeps: the one c edits
// when two windows each wrote a note on the same thing.
func latest(placed []model.PlacedNote, on func(model.PlacedNote) bool) *model.Note {
	var found *model.Note
	for _, n := range slices.Backward(placed) {
		if on(n) && (found == nil || n.Updated.After(found.Updated)) {
			note := n.Note
			found = &note
		}
	}
	return found
}

// actNote carries out what the note editor asked for.
func (m *Model) actNote(in intent) tea.Cmd {
	var cmd tea.Cmd
	switch in {
	case intentSave, intentBack:
		if c, ok := m.note.change(false); ok {
			m.note.saved(c)
			cmd = m.change(c, noteDone(c))
		} else if in == intentSave {
			m.notice = "Nothing to save: the note is as it was"
		}
	case intentDelete:
		if c, ok := m.note.change(true); ok {
			cmd = m.change(c, "Note deleted")
		}
	default:
		return nil
	}
	if in != intentSave {
		m.layout.pop()
	}
	return cmd
}

// noteDone says what the editor did to the note; notesSaved adds "· saved"
// once the file has it, so it does not say "saved" itself.
func noteDone(c model.Change) string {
	if c.Kind == model.ChangeDeleteNote {
		return "Note deleted (it was emptied)"
	}
	return "Note written"
}

// notesSaved tells how a save went; a failed one is tried again later.
func (m *Model) notesSaved(msg notesSavedMsg) tea.Cmd {
	m.refreshNotes() // another window's saved work comes in with ours
	retry := msg.done == ""
	switch {
	case msg.err != nil && !retry: // a retry that fails again says nothing new: the status line counts what waits
		m.notice = "⚠ " + msg.err.Error()
	case msg.notice != "":
		m.notice = msg.notice
	case retry && msg.err == nil && msg.had > 0:
		m.notice = "Notes saved: the changes that were waiting are in the file now"
	case m.notice == msg.done:
		m.notice = msg.done + " · saved"
	}
	if _, memory := m.ctx.notes.(*memoryNotebook); memory {
		return nil // nowhere to save: trying again cannot help
	}
	if msg.pending > 0 && !m.retryArmed {
		m.retryArmed = true
		return retryLater()
	}
	return nil
}

// keepOpenNote saves the note being written when parley ends with the
// editor open (ctrl+c, a signal): what was typed is not lost. It runs
// after the program, so it may wait for the disk.
func (m *Model) keepOpenNote() {
	if !m.layout.has(paneNote) {
		return
	}
	if c, ok := m.note.change(false); ok {
		m.ctx.notes.Make(c)
		_, _ = m.ctx.notes.Save() // a failure leaves it pending: main reports what was not saved
	}
}
