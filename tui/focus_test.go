package tui

import (
	"strings"
	"testing"
)

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

// Defect 8: ? opens help from the search prompt too, and esc there comes
// back to the prompt. Only while the prompt is empty: once text is typed,
// ? is a letter of the search (a dataset may quote questions), and the key
// bar stops offering it.
func TestHelpOpensFromTheSearchPrompt(t *testing.T) {
	m := press(t, sized(t, 100, 30, Options{}), "/")
	mustContain(t, lastRow(m.View()), "? help")
	m = press(t, m, "?")
	mustContain(t, m.View(), "━━ Help")
	m = press(t, m, "esc")
	mustContain(t, m.View(), "/ ▏")
	m = typeText(t, m, "what")
	mustNotContain(t, lastRow(m.View()), "? help")
	m = typeText(t, m, "?")
	mustNotContain(t, m.View(), "━━ Help")
	mustContain(t, m.View(), "/ what?▏")
}

// The actor filter follows the same rule as the search prompt.
func TestQuestionMarkIsTypedInTheActorFilter(t *testing.T) {
	m := press(t, sized(t, 100, 30, Options{}), "a")
	mustContain(t, lastRow(m.View()), "? help")
	m = typeText(t, m, "kim")
	mustNotContain(t, lastRow(m.View()), "? help")
	m = press(t, m, "?")
	mustNotContain(t, m.View(), "━━ Help")
	mustContain(t, m.View(), "kim?▏")
	m = press(t, m, "ctrl+u", "?")
	mustContain(t, m.View(), "━━ Help")
}

// lastRow is the key bar: the last line of a frame.
func lastRow(view string) string {
	lines := strings.Split(view, "\n")
	return lines[len(lines)-1]
}
