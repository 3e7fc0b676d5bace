package tui

import (
	"strings"
	"testing"
)

// Defect 2: the actor list's cursor kept its row, not its actor: typing p
// on Sarah Sanders put it on Mike Pompeo, and space chose him.
func TestActorCursorStaysOnItsActor(t *testing.T) {
	m := press(t, sized(t, 80, 24, Options{}), "a", "down", "down", "down")
	mustContain(t, m.View(), "▶ [ ] ● Sarah Sanders")
	m = press(t, m, "p") // Sanders is a spokesperson: still listed
	mustContain(t, m.View(), "Find  p", "▶ [ ] ● Sarah Sanders")
	m = press(t, m, "backspace")
	mustContain(t, m.View(), "▶ [ ] ● Sarah Sanders")
	m = press(t, m, "p", "esc") // esc clears the text
	mustContain(t, m.View(), "▶ [ ] ● Sarah Sanders", "type to narrow")
	m = press(t, m, "space")
	mustContain(t, m.View(), "▶ [x] ● Sarah Sanders", "Actors: Sarah Sanders (any)")
	// Narrowed away, the cursor goes to the next actor listed after it.
	m = press(t, m, "d", "o", "n")
	mustContain(t, m.View(), "▶ [ ] ● Donald Trump")
}

// Defect 8: ctrl+u clears the actor filter's text, as it does the search's.
func TestCtrlUClearsTheActorFilterText(t *testing.T) {
	m := press(t, sized(t, 100, 30, Options{}), "a")
	m = typeText(t, m, "moo")
	mustContain(t, m.View(), "Find  moo")
	m = press(t, m, "ctrl+u")
	mustContain(t, m.View(), "Find  ▏type to narrow", "● Kim Jong Un")
}

// Defect 3: in any-of mode, with Trump chosen, Reuters showed 0 though
// choosing it adds an event: counts there ignore the choice (not the
// search); in all-of mode they count within the result. The pane says
// which.
func TestActorCountsSayWhatChoosingDoes(t *testing.T) {
	m := press(t, sized(t, 120, 40, Options{}), "a")
	m = typeText(t, m, "trump")
	m = press(t, m, "space", "esc")
	v := m.View()
	mustContain(t, v, "[x] ● Donald Trump", "Numbers: each actor's events")
	reuters := ""
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "● Reuters") {
			reuters = strings.TrimSpace(l)
		}
	}
	if reuters == "" || strings.HasSuffix(reuters, " 0") {
		t.Fatalf("with Trump chosen, Reuters' row is %q: choosing it adds an event", reuters)
	}
	m = press(t, m, "ctrl+a")
	mustContain(t, m.View(), "(•) all of", "Numbers: events left if it is chosen too")
}
