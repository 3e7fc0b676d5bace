package tui

import (
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/notes"
)

// act presses keys as press does, and also runs the commands they return
// (the saves), as Bubble Tea would.
func act(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		if text, ok := strings.CutPrefix(k, "type:"); ok {
			m = typeText(t, m, text)
			continue
		}
		next, cmd := m.Update(keyMsg(k))
		m, _ = runCmds(next.(Model), cmd, func(f string, a ...any) { t.Helper(); t.Fatalf(f, a...) })
	}
	return m
}

// storeIn opens the notes file for the built-in dataset under a temporary
// state directory, as main does.
func storeIn(t *testing.T, state string) *notes.Store {
	t.Helper()
	s, msg := notes.Open(filepath.Join(state, "parley", "builtin.notes.json"), "builtin:test")
	if msg != "" {
		t.Fatal(msg)
	}
	return s
}

func TestMarkShowsInTimelineAndDetailAndFiltersWithTheRest(t *testing.T) {
	m := sized(t, 120, 40, Options{Notes: savedNotebook(model.Notebook{})})
	m = act(t, m, "j", "m") // Trump cancels the planned Singapore summit
	v := m.View()
	mustContain(t, v, "✓ ★ Trump cancels the planned", "│ ★ Trump cancels the planned Singapore summit", "★ Marked: Trump cancels")
	m = act(t, m, "G", "m", "M")
	v = m.View()
	mustContain(t, v, "★ Marked only · 2 of 16 events", "★ A second Kim–Trump summit is agreed")
	mustNotContain(t, v, "First Kim–Moon summit")
	m = act(t, m, "/", "type:singapore", "enter") // combines with the search
	mustContain(t, m.View(), "Search “singapore” · ★ Marked only · 1 of 16 events")
	m = act(t, m, "M")
	mustContain(t, m.View(), "Search “singapore” · 4 of 16 events")
	m = act(t, m, "x")
	mustNotContain(t, m.View(), "Marked only")
}

func TestANoteIsWrittenEditedAndDeletedFromTheEvent(t *testing.T) {
	m := sized(t, 120, 40, Options{Notes: savedNotebook(model.Notebook{})})
	m = act(t, m, "c", "type:Check the April date", "enter", "type:against the Blue House record?", "esc")
	v := m.View()
	mustContain(t, v, "✎ First Kim–Moon summit", "Your notes (1)", "✎ Check the April date", "against the Blue House record?", "Note written · saved")
	if m.layout.has(paneNote) {
		t.Fatal("esc should close the editor")
	}
	m = act(t, m, "/", "type:blue house", "enter") // the search finds note text
	mustContain(t, m.View(), "1 of 16 events", "First Kim–Moon summit")
	m = act(t, m, "esc", "c")
	mustContain(t, m.View(), "Note on the event", "Check the April date")
	m = act(t, m, "ctrl+x")
	mustNotContain(t, m.View(), "Your notes", "✎ First")
	mustContain(t, m.View(), "Note deleted")
}

func TestANoteOnThePassageBeingRead(t *testing.T) {
	m := sized(t, 120, 40, Options{EventID: "sanders-briefing", Notes: savedNotebook(model.Notebook{})})
	m = act(t, m, "enter", "c") // the reader on the first quote, then the editor
	mustContain(t, m.View(), "Note on a passage", "┃ “It was a very warm, very positive letter,” White House")
	m = act(t, m, "type:Via Reuters, not heard firsthand.", "ctrl+s")
	if !m.layout.has(paneNote) {
		t.Fatal("ctrl+s should save and keep the editor open")
	}
	m = act(t, m, "esc")
	mustContain(t, m.View(), "✎ Via Reuters, not heard firsthand.", "┃✎“It was a very warm")
	m = act(t, m, "esc") // back to the event: the note names its passage
	mustContain(t, m.View(), "on the passage: “It was a very warm, very")
	n := m.places.Of("sanders-briefing")
	if len(n) != 1 || n[0].Passage == nil || !strings.HasPrefix(n[0].Passage.Text, "“It was a very warm, very positive letter,” White House") {
		t.Errorf("the note is not anchored to the passage read: %+v", n)
	}
}

func TestMarksAndNotesSurviveARestart(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	t.Setenv("HOME", t.TempDir())
	store := storeIn(t, state)
	m := sized(t, 120, 40, Options{Notes: store})
	act(t, m, "j", "m", "c", "type:Kept across restarts.", "esc")
	// act waits 100 ms for each save; on a loaded machine one may still be
	// under way, as in use: this save waits for it (the store's lock).
	if _, err := store.Save(); err != nil || store.Pending() != 0 {
		t.Fatalf("not saved: %v", err)
	}

	again := sized(t, 120, 40, Options{Notes: storeIn(t, state)})
	again = act(t, again, "j")
	mustContain(t, again.View(), "★ ✎ Trump cancels", "✎ Kept across restarts.")
}

// failingNotebook fails every save while broken is set.
type failingNotebook struct {
	fileNotebook
	broken atomic.Bool
}

func (f *failingNotebook) Save() (string, error) {
	if f.broken.Load() {
		return "", errors.New("notes not saved to /ro/notes.json: read-only file system")
	}
	return f.fileNotebook.Save()
}

func TestASaveThatFailsIsSaidKeptAndRetried(t *testing.T) {
	nb := &failingNotebook{fileNotebook: savedNotebook(model.Notebook{})}
	nb.broken.Store(true)
	m := sized(t, 120, 40, Options{Notes: nb})
	next, cmd := m.Update(keyMsg("m"))
	m = next.(Model)
	saved := cmd().(notesSavedMsg)
	next, retry := m.Update(saved)
	m = next.(Model)
	mustContain(t, m.View(), "⚠ notes not saved to /ro/notes.json: read-only file system", "⚠ 1 unsaved", "★ First Kim–Moon")
	if retry == nil {
		t.Fatal("a failed save is not tried again")
	}
	nb.broken.Store(false)
	next, cmd = m.Update(retrySaveMsg{})
	m = next.(Model)
	next, _ = m.Update(cmd())
	m = next.(Model)
	mustContain(t, m.View(), "Notes saved: the changes that were waiting are in the file now")
	mustNotContain(t, m.View(), "unsaved")
}

func TestWithoutAStateDirectoryNotesAreKeptForTheSession(t *testing.T) {
	m := sized(t, 120, 40, Options{NotesMessage: "notes are not saved: neither XDG_STATE_HOME nor HOME is set"})
	mustContain(t, m.View(), "notes are not saved: neither XDG_STATE_HOME nor HOME is set")
	m = act(t, m, "m")
	mustContain(t, m.View(), "★ First Kim–Moon", "⚠ 1 unsaved", "⚠ notes are not saved")
}

func TestANoteBeingWrittenIsKeptWhenParleyEnds(t *testing.T) {
	nb := savedNotebook(model.Notebook{})
	m := sized(t, 80, 24, Options{Notes: nb})
	m = act(t, m, "c", "type:half a thought", "ctrl+c")
	m.keepOpenNote() // what Run does once the program has ended
	if b := nb.Notebook(); len(b.Notes) != 1 || b.Notes[0].Text != "half a thought" {
		t.Errorf("the note being written when ctrl+c came was lost: %+v", b.Notes)
	}
}

func TestTheTimeAxisStarsMarkedEvents(t *testing.T) {
	m := sized(t, 120, 40, Options{Notes: savedNotebook(model.Notebook{})})
	m = act(t, m, "j", "m", "t")
	v := m.View()
	mustContain(t, v, "▲ Thu 24 May 2018 · ★ Trump cancels the planned Singapore summit", "★ marked")
	m = act(t, m, "l") // the next event: its pointer moves on, the star stays under the marked one
	v = m.View()
	mustContain(t, v, "★", "▲ Sat 26 May 2018 · Kim holds")
	m = act(t, m, "m") // marked from the axis too
	mustContain(t, m.View(), "▲ Sat 26 May 2018 · ★ Kim holds")
}
