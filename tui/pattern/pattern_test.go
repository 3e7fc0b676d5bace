package pattern

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"parley/model"
	"parley/tui/internal/cells"
)

// Every frame is exactly the view's size, at any size, after any key.
func TestFrameFitsItsSize(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {50, 16}, {40, 7}, {39, 7}, {20, 5}, {1, 1}} {
		m := newView(t, sz[0], sz[1])
		for _, k := range []string{"", "j", "l", "j", "G", "h", "k", "g"} {
			if k != "" {
				m, _ = press(m, k)
			}
			ls := lines(m.View())
			if len(ls) != sz[1] {
				t.Fatalf("%v after %q: %d lines", sz, k, len(ls))
			}
			for i, l := range ls {
				if w := lipgloss.Width(l); w != sz[0] {
					t.Fatalf("%v after %q: line %d is %d wide: %q", sz, k, i, w, l)
				}
			}
		}
	}
}

// The embedded pattern: the four steps of the May cycle, numbered, each
// with its note; gaps for the tweet, the letter and the briefing, and for
// the Singapore summit, which September has not reached.
func TestEmbeddedStepsSideBySide(t *testing.T) {
	m := newView(t, 120, 200)
	view := m.View()
	for _, want := range []string{
		"4 aligned, 4 without a counterpart",
		"Singapore run-up (24 May–12 Jun 2018)", "Second-summit run-up (24 Aug–10 Sep 2018)",
		"Trump cancels the planned Singapore summit", "Trump cancels Pompeo's trip to Pyongyang",
		"≡ retold under the subhead",
		"≡ \"a pattern is emerging",
		"≡ May: \"Kim made clear his good will",
		"≡ June: \"Washington took note",
		"“On Aug. 24, Trump canceled",
	} {
		if !strings.Contains(view, want) {
			t.Errorf("pattern view lacks %q:\n%s", want, view)
		}
	}
	if n := strings.Count(view, "— no counterpart —"); n != 4 {
		t.Errorf("%d gaps, want 4", n)
	}
	for _, n := range []string{"▶ 1 ", "  2 ", "  3 ", "  4 "} {
		if !strings.Contains(view, n) {
			t.Errorf("step %q not numbered", n)
		}
	}
}

// j walks every step; the selected one is always on screen with ▶, and
// its chosen side with ▸, even at 50×16.
func TestSelectedStepStaysOnScreen(t *testing.T) {
	m := newView(t, 50, 16)
	for i := range m.pat.Steps {
		view := m.View()
		if strings.Count(view, markStep) != 1 || strings.Count(view, markSide) != 1 {
			t.Fatalf("step %d: ▶ or ▸ not shown once:\n%s", i, view)
		}
		if e := m.Selected(); e == nil || !strings.Contains(view, cells.Cut(e.Date.Display(), 20)) {
			t.Fatalf("step %d: the chosen event's date is not on screen:\n%s", i, view)
		}
		m, _ = press(m, "j")
	}
}

// enter opens the chosen side; on a gap the side with an event is chosen.
func TestOpenEitherSide(t *testing.T) {
	m := newView(t, 80, 24)
	_, cmd := press(m, "enter")
	if msg, ok := cmd().(OpenMsg); !ok || msg.Event.ID != "trump-cancels-singapore" {
		t.Errorf("enter sent %#v", cmd())
	}
	_, cmd = press(m, "l", "enter")
	if msg, ok := cmd().(OpenMsg); !ok || msg.Event.ID != "pompeo-trip-cancelled" {
		t.Errorf("l, enter sent %#v", cmd())
	}
	m, _ = press(m, "j", "j", "j", "h") // the tweet has no earlier counterpart
	if e := m.Selected(); e == nil || e.ID != "trump-tweets-thanks" {
		t.Errorf("on a gap, h selects %v", e)
	}
	_, cmd = press(m, "esc")
	if _, ok := cmd().(CloseMsg); !ok {
		t.Errorf("esc sent %#v", cmd())
	}
}

func TestSelectFindsTheEventsStep(t *testing.T) {
	m := newView(t, 80, 24)
	m.Select(m.pat.Steps[4].Later)
	if m.sel != 4 || m.side != later {
		t.Errorf("Select: step %d side %d, want 4 later", m.sel, m.side)
	}
}

func TestDatasetWithoutPhases(t *testing.T) {
	ds := model.NewDataset(nil, nil, nil)
	m := New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(80, 10)
	m, _ = press(m, "j", "l", "enter")
	if !strings.Contains(m.View(), "no two phases joined by parallels links") || m.Selected() != nil {
		t.Errorf("view:\n%s", m.View())
	}
}
