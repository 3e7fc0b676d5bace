package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func click(t *testing.T, m Model, x, y int) Model {
	t.Helper()
	next, _ := m.Update(tea.MouseMsg{X: x, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	return next.(Model)
}

// Defect 13: with --mouse, a click selects a timeline row, an event item or
// an actor, and gives that pane the keys; the wheel scrolls the pane under
// the pointer.
func TestMouseClicksSelect(t *testing.T) {
	m := sized(t, 120, 40, Options{Mouse: true})
	// The fourth event is the fifth line under the timeline's title rule:
	// the Singapore run-up's heading stands above the second.
	m = click(t, m, 10, 2+4)
	mustContain(t, m.View(), "━━ Timeline", "4/16", "▶ Fri 1 Jun ")
	// A click on the heading selects nothing.
	m = click(t, m, 10, 2+1)
	mustContain(t, m.View(), "4/16", "▶ Fri 1 Jun ", "\n┌ Singapore run-up")
	// The event beside it: click its first item's text.
	first := m.detail.items[0]
	m = click(t, m, 80, 2+first.first-m.detail.sc.off)
	mustContain(t, m.View(), "━━ Event", "── Timeline")
	if m.detail.item != 0 || m.layout.focus() != paneDetail {
		t.Fatalf("click on the first item: item %d, focus %v", m.detail.item, m.layout.focus())
	}
	if len(m.detail.items) > 1 {
		second := m.detail.items[1]
		if y := 2 + second.first - m.detail.sc.off; y < 2+m.detail.sc.height {
			m = click(t, m, 80, y)
			if m.detail.item != 1 {
				t.Fatalf("click on the second item selected item %d", m.detail.item)
			}
		}
	}
	// The actor filter: the first actor row is under the filter's header.
	m = press(t, m, "a")
	m = click(t, m, 80, 2+filterHeader)
	mustContain(t, m.View(), "[x] ● Kim Jong Un", "Actors: Kim Jong Un (any)")
	// The wheel over the timeline scrolls it while the actors have the keys.
	before := m.timeline.cursor
	next, _ := m.Update(tea.MouseMsg{X: 10, Y: 5, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	m = next.(Model)
	mustContain(t, m.View(), "━━ Actors")
	if m.timeline.cursor != before+1 {
		t.Fatalf("wheel over the timeline: cursor %d, was %d", m.timeline.cursor, before)
	}
}

// A click on the status line or the short help, below the panes, selects
// nothing: the rows it would name are not on screen.
func TestClicksBelowThePanesSelectNothing(t *testing.T) {
	m := sized(t, 120, 12, Options{Mouse: true}) // 7 rows of timeline: 16 events do not fit
	for _, y := range []int{10, 11, 0, 1} {
		for _, x := range []int{10, 90} {
			m = click(t, m, x, y)
		}
	}
	if m.timeline.cursor != 0 || m.detail.item != 0 {
		t.Fatalf("clicks outside the panes moved the cursor to %d, the item to %d", m.timeline.cursor, m.detail.item)
	}
	m = press(t, m, "a")
	m = click(t, m, 90, 11)
	mustContain(t, m.View(), "All actors")
}
