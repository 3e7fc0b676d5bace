package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// lateFailure is the explorer, w×h, showing part of the built-in dataset
// when the load fails with n problems on the file summits-1M.json.
func lateFailure(t *testing.T, w, h, n int, opts Options) Model {
	t.Helper()
	full := dataset(t)
	m, _ := deliver(loadingModel(t, w, h, opts), Update{Dataset: copied(full, firstPart(full))})
	var problems []string
	for i := 1; i <= n; i++ {
		problems = append(problems, fmt.Sprintf("summits-1M.json: events[%d].date: 2018-02-30 is not a date", i))
	}
	m, _ = deliver(m, Update{Err: errors.New(strings.Join(problems, "\n"))})
	return m
}

// Every problem can be reached on screen: the movement keys of the one
// keymap scroll the list, and the help line names them.
func TestErrorScreenScrollsToEveryProblem(t *testing.T) {
	m := lateFailure(t, 80, 24, 40, Options{})
	v := m.View()
	mustContain(t, v, "events[1].date", "↓ ", " more", "↓/j down", "G/end last", "q / ctrl+c: quit")
	mustNotContain(t, v, "events[40].date")
	m = press(t, m, "G")
	mustContain(t, m.View(), "events[40].date", "↑ ")
	mustNotContain(t, m.View(), "events[1].date")
	m = press(t, m, "g", "j")
	mustContain(t, m.View(), "events[2].date")
	mustNotContain(t, m.View(), "events[1].date")
	m = press(t, m, "k", "pgdown")
	mustNotContain(t, m.View(), "events[1].date")
	m = press(t, m, "pgup")
	mustContain(t, m.View(), "events[1].date")
	next, _ := m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	m = next.(Model)
	mustNotContain(t, m.View(), "events[1].date")
	if m.quit {
		t.Fatal("scrolling quit the error screen")
	}
}

// At every window size the frame fits, and G brings the last problem.
func TestErrorScreenFitsAndReachesTheEndAtEverySize(t *testing.T) {
	for w := minWidth; w <= 120; w += 7 {
		for h := minHeight; h <= 40; h += 3 {
			m := lateFailure(t, w, h, 60, Options{})
			if err := frameFits(m.frame(), w, h); err != nil {
				t.Fatalf("%d×%d: %v", w, h, err)
			}
			m = press(t, m, "G")
			if v := m.View(); !strings.Contains(v, "events[60].date") {
				t.Fatalf("%d×%d: G does not show the last problem:\n%s", w, h, v)
			}
		}
	}
}

// The file is named once, in the title: not in the header, not on each
// problem. A short list names no movement keys.
func TestErrorScreenNamesTheFileOnce(t *testing.T) {
	m := lateFailure(t, 100, 30, 3, Options{})
	v := m.View()
	if n := strings.Count(v, "summits-1M.json"); n != 1 {
		t.Errorf("the file is named %d times:\n%s", n, v)
	}
	mustContain(t, v, "  events[3].date: 2018-02-30 is not a date", "q quits: every problem is printed to stderr, and parley exits with status 1.")
	mustNotContain(t, v, "↓/j down", "more")
}

// The screen says what becomes of the user's marks and notes on q, as
// main and the notes store handle them.
func TestErrorScreenSaysWhetherNotesAreSafe(t *testing.T) {
	saved := lateFailure(t, 100, 30, 3, Options{Notes: savedNotebook(model.Notebook{})})
	mustContain(t, saved.View(), "Your marks and notes are saved: each was written to the notes file as you made it.")

	nb := &failingNotebook{fileNotebook: savedNotebook(model.Notebook{})}
	nb.broken.Store(true)
	nb.Make(model.Change{Kind: model.ChangeMark, EventID: "kim-letter"})
	pending := lateFailure(t, 100, 30, 3, Options{Notes: nb})
	mustContain(t, pending.View(), "1 change to your notes could not be saved yet: parley tries again when you quit")
	mustNotContain(t, pending.View(), "are saved")

	session := lateFailure(t, 100, 30, 3, Options{})
	mustNotContain(t, session.View(), "notes") // nothing made, nothing to lose
	session.ctx.notes.Make(model.Change{Kind: model.ChangeMark, EventID: "kim-letter"})
	mustContain(t, session.View(), "Your marks and notes are not in a file: they are lost when parley ends.")
}

// A note open in the editor when the load fails is saved on quitting
// (keepOpenNote) when there is a notes file: the screen says so, and
// says it is lost when there is none.
func TestErrorScreenSaysTheOpenNoteIsKept(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 140, 30, Options{Notes: savedNotebook(model.Notebook{})}), Update{Dataset: copied(full, firstPart(full))})
	m = typeText(t, press(t, m, "c"), "half a thought")
	m, _ = deliver(m, Update{Err: errors.New("summits-1M.json: events[9].date: 2018-02-30 is not a date")})
	mustContain(t, m.View(), "The note being written is saved when you quit.")

	// Without a notes file it is not: nothing says it is kept.
	m, _ = deliver(loadingModel(t, 140, 30, Options{}), Update{Dataset: copied(full, firstPart(full))})
	m = typeText(t, press(t, m, "c"), "half a thought")
	m, _ = deliver(m, Update{Err: errors.New("summits-1M.json: events[9].date: 2018-02-30 is not a date")})
	mustContain(t, m.View(), "Your marks and notes are not in a file: they are lost when parley ends.")
}
