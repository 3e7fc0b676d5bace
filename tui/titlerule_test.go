package tui

import (
	"strings"
	"testing"
)

// eventRule is the Event pane's title rule on the screen's first pane row.
func eventRule(t *testing.T, m Model) string {
	t.Helper()
	row := strings.Split(m.View(), "\n")[1]
	i := strings.Index(row, "Event")
	if i < 0 {
		t.Fatalf("no Event pane on the screen:\n%s", m.View())
	}
	return row[i:]
}

// After a related link is followed, "↓ N more" stays in the Event pane's
// rule where the way back has no room beside it, on that event and on
// every event shown after it.
func TestFollowedLinkKeepsMoreNote(t *testing.T) {
	m := sized(t, 100, 30, Options{})
	m = press(t, m, "j", "j", "j", "j", "enter", "G", "enter")
	if r := eventRule(t, m); !strings.Contains(r, "↓ ") || !strings.Contains(r, " more") {
		t.Errorf("after following a link the rule has no “↓ N more”: %q", r)
	}
	for _, k := range []string{"esc", "j", "k", "g"} {
		m = press(t, m, k)
		if r := eventRule(t, m); !strings.Contains(r, " more") {
			t.Errorf("after %s the rule has no “more”: %q", k, r)
		}
	}
	m = press(t, m, "t") // beside the time axis, the pane is narrower still
	if r := eventRule(t, m); !strings.Contains(r, " more") {
		t.Errorf("beside the axis the rule has no “more”: %q", r)
	}
}

// Where there is room, the rule names the way back too.
func TestFollowedLinkNamesBackWhereItFits(t *testing.T) {
	m := sized(t, 160, 30, Options{})
	m = press(t, m, "j", "j", "j", "j", "enter", "G", "enter")
	mustContain(t, eventRule(t, m), " more · backspace: back (1)")
}
