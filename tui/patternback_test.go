package tui

import "testing"

// esc on an event opened from the pattern view goes back to the pattern
// view as it was (same step selected), and esc there back to the
// timeline; the reader opened on the way keeps that path. Moving to
// another pane (tab) forgets it: esc then leaves for the timeline.
func TestEscReturnsToThePatternAnEventCameFrom(t *testing.T) {
	m := press(t, sized(t, 120, 40, Options{}), "p", "j", "j")
	if m.layout.focus() != panePattern {
		t.Fatalf("setting up: p did not open the pattern view:\n%s", m.View())
	}
	chosen := m.pattern.selected()
	if chosen == nil {
		t.Fatalf("setting up: no event selected in the pattern view:\n%s", m.View())
	}
	m = press(t, m, "enter")
	if m.layout.focus() != paneDetail || m.current != chosen {
		t.Fatalf("enter: focus %v on %v, want the detail on %s", m.layout.focus(), m.current, chosen.ID)
	}
	m = press(t, m, "esc")
	if m.layout.focus() != panePattern {
		t.Fatalf("esc from the event went to pane %v, not back to the pattern view:\n%s", m.layout.focus(), m.View())
	}
	if m.pattern.selected() != chosen {
		t.Errorf("back in the pattern view on %v, want %s still selected", m.pattern.selected(), chosen.ID)
	}
	mustContain(t, m.View(), "━━ Pattern")
	m = press(t, m, "esc")
	if m.layout.focus() != paneTimeline {
		t.Fatalf("esc from the pattern view went to pane %v, not the timeline", m.layout.focus())
	}

	// Through the reader and back: the path holds.
	m = press(t, m, "p", "enter")
	if len(m.current.Excerpts) > 0 {
		m = press(t, m, "enter")
		if m.layout.focus() != paneReader {
			t.Fatalf("setting up: enter on the event's first item did not open the reader")
		}
		m = press(t, m, "esc", "esc")
		if m.layout.focus() != panePattern {
			t.Errorf("esc, esc from the reader went to pane %v, not the pattern view", m.layout.focus())
		}
		m = press(t, m, "enter")
	}

	// tab to the timeline and back: the pattern view is left behind.
	m = press(t, m, "tab", "tab", "esc")
	if m.layout.focus() != paneTimeline {
		t.Errorf("after tab, esc from the event went to pane %v, want the timeline", m.layout.focus())
	}
}

// esc goes back one step only: a pattern view closed on the way is not
// brought back by a later esc (p, enter, p, enter, then esc four times
// ends on the timeline, never on the first pattern view again).
func TestEscDoesNotReopenAClosedPattern(t *testing.T) {
	m := press(t, sized(t, 120, 40, Options{}), "p", "enter", "p", "enter", "esc")
	if m.layout.focus() != panePattern {
		t.Fatalf("setting up: esc did not go back to the second pattern view")
	}
	m = press(t, m, "esc")
	for i := range 3 {
		if m.layout.has(panePattern) || m.layout.focus() == panePattern {
			t.Fatalf("esc %d after closing the pattern view opened it again:\n%s", i+2, m.View())
		}
		m = press(t, m, "esc")
	}
}
