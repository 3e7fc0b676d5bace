package tui

import "testing"

// Defect 1: at 120×40, a, tab, enter left the keys on the event pane while
// the actor list was drawn in its place; j j enter then followed a link
// nobody could see. The pane with the keys is the one drawn focused.
func TestKeysGoToThePaneOnScreen(t *testing.T) {
	m := press(t, sized(t, 120, 40, Options{}), "a", "tab", "enter")
	v := m.View()
	mustContain(t, v, "━━ Event", "First Kim–Moon summit at Panmunjom", "── Timeline")
	mustNotContain(t, v, "Actors ─", "[ ] ●")
	m = press(t, m, "j")
	mustContain(t, m.View(), "▶ → precedes: Kim holds a surprise", "enter: go to this event")
}

// Defect 8: ? opens help from the search prompt too (it was typed), and
// esc there comes back to the prompt.
func TestHelpOpensFromTheSearchPrompt(t *testing.T) {
	m := press(t, sized(t, 100, 30, Options{}), "/")
	m = typeText(t, m, "kim")
	m = press(t, m, "?")
	v := m.View()
	mustContain(t, v, "━━ Help")
	m = press(t, m, "esc")
	mustContain(t, m.View(), "/ kim▏")
	mustNotContain(t, m.View(), "kim?")
}
