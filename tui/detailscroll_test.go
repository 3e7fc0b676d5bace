package tui

import (
	"strings"
	"testing"
)

// detailItemShown reports whether the detail shows its selected item (the
// ▶ glyph of a quote, excerpt or link).
func detailItemShown(v string) bool {
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(l, "▶ ") && !strings.Contains(l, "━━") {
			return true
		}
	}
	return false
}

// Defect 4: at 60×20 an event opens with its first item selected below the
// fold, and enter acted on it unseen. Enter now first brings it on screen.
func TestEnterNeverActsOnAnItemOffScreen(t *testing.T) {
	m := press(t, sized(t, 60, 20, Options{}), "G", "k", "k", "k", "k", "enter") // the briefing: a long head
	v := m.View()
	mustContain(t, v, "━━ Event", "Sanders describes Kim's letter")
	if detailItemShown(v) {
		t.Fatalf("the first item is on screen: pick an event with a longer head\n%s", v)
	}
	m = press(t, m, "enter")
	v = m.View()
	mustContain(t, v, "━━ Event", "enter: read it in the article")
	mustNotContain(t, v, "━━ Source")
	if !detailItemShown(v) {
		t.Fatalf("enter did not bring the selected item on screen:\n%s", v)
	}
	m = press(t, m, "enter")
	mustContain(t, m.View(), "━━ Source", "quote 1 of 2")
}

// Defect 4: page keys scrolled the text but left the selection behind, and
// enter then acted on it. The selection now moves with the page.
func TestPageKeysKeepTheSelectionOnScreen(t *testing.T) {
	for _, id := range []string{"sanders-briefing", "singapore-summit", "envoys-visit-pyongyang"} {
		m := sized(t, 60, 20, Options{EventID: id})
		for _, k := range []string{"pgdown", "pgdown", "pgdown", "pgdown", "pgup", "pgup", "pgdown"} {
			m = press(t, m, k)
			anyInView := false
			for _, it := range m.detail.items {
				anyInView = anyInView || m.detail.inView(it)
			}
			if anyInView && !detailItemShown(m.View()) {
				t.Fatalf("%s, after %s: items are on screen but the selected one is not:\n%s", id, k, m.View())
			}
		}
	}
}

// Defect 4: the event pane and the reader say what is above and below.
func TestPanesSayWhatIsOutOfView(t *testing.T) {
	m := sized(t, 60, 20, Options{EventID: "envoys-visit-pyongyang"})
	mustContain(t, m.View(), "━━ Event", " more ━━")
	m = press(t, m, "G")
	mustContain(t, m.View(), "━━ ↑ ")
	m = press(t, m, "g", "enter", "enter") // the first shows the item, the second opens it
	mustContain(t, m.View(), "━━ Source", "↑ ", "↓ ", " more ━━")
}
