package tui

import "testing"

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
