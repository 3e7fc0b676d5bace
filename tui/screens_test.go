package tui

import (
	"fmt"
	"strings"
	"testing"

	"parley/internal/testkit"
	"parley/model"
)

// screen is a named state of the explorer, reached the way a user would.
type screen struct {
	name  string
	build func(t testing.TB, w, h int) Model
}

func screens() []screen {
	at := func(opts Options, keys ...string) func(t testing.TB, w, h int) Model {
		return func(t testing.TB, w, h int) Model {
			m := sized(t, w, h, opts)
			for _, k := range keys {
				if strings.HasPrefix(k, "type:") {
					m = typeText(t, m, strings.TrimPrefix(k, "type:"))
					continue
				}
				m = press(t, m, k)
			}
			return m
		}
	}
	kimMoon := Options{Filter: model.Filter{Actors: []string{"kim-jong-un", "moon-jae-in"}, Mode: model.MatchAll}}
	return []screen{
		{"timeline", at(Options{}, "j", "j")},
		{"detail", at(Options{}, "j", "enter")},
		{"detail-quotes", at(Options{EventID: "sanders-briefing"}, "j")},
		{"filter", at(kimMoon, "a", "type:mo")},
		{"filtered-timeline", at(kimMoon)},
		{"reader", at(Options{EventID: "sanders-briefing"}, "enter", "enter")}, // the second enter opens what the first showed, at 50×16
		{"related-jump", at(Options{EventID: "panmunjom-summit"}, "G", "enter")},
		{"search-typing", at(Options{}, "/", "type:letter")},
		{"no-matches", at(Options{}, "/", "type:zzzz", "enter")},
		{"help", at(Options{}, "?")},
		{"time-axis", at(Options{}, "t", "l", "l")},                       // Kim's second summit with Moon, the detail beside
		{"time-axis-zoomed", at(Options{}, "t", "G", "h", "h", "+", "+")}, // mid-September, a range and a month span
		{"time-axis-filtered", at(kimMoon, "t", "l")},                     // the chosen actors' lanes only
		{"pattern", at(Options{}, "p", "j")},                              // the brokering step
		{"event-notes", func(t testing.TB, w, h int) Model {
			return at(Options{EventID: "kim-letter", Notes: savedNotebook(notedBook(t))})(t, w, h)
		}},
		{"note-editor", func(t testing.TB, w, h int) Model {
			return at(Options{Notes: savedNotebook(notedBook(t))}, "j", "c", "type:Check the April date", "enter", "type:against Blue House records.")(t, w, h)
		}},
		{"note-editor-passage", func(t testing.TB, w, h int) Model {
			return at(Options{EventID: "kim-letter", Notes: savedNotebook(notedBook(t))}, "enter", "enter", "n", "c", "type:Is this the letter Trump showed?")(t, w, h)
		}},
		{"reader-notes", func(t testing.TB, w, h int) Model {
			// The notes push the first passage down: the first enter shows it, the second reads it.
			return at(Options{EventID: "kim-letter", Notes: savedNotebook(notedBook(t))}, "enter", "enter")(t, w, h)
		}},
	}
}

// TestGoldenScreens compares each screen at three sizes with the files in
// testdata/ (ASCII colour profile: what NO_COLOR shows). Run with -update
// to rewrite them, then read them.
func TestGoldenScreens(t *testing.T) {
	for _, s := range screens() {
		for _, size := range testkit.GoldenSizes {
			name := fmt.Sprintf("%s-%dx%d", s.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				golden(t, name, s.build(t, size[0], size[1]).View())
			})
		}
	}
	t.Run("too-small-30x8", func(t *testing.T) {
		golden(t, "too-small-30x8", sized(t, 30, 8, Options{}).View())
	})
}

// golden compares a screen with testdata/name.golden; the file ends in a
// newline, the frame does not. Trailing spaces are kept: they are part of
// the frame's width.
func golden(t *testing.T, name, got string) { t.Helper(); testkit.Golden(t, name, got+"\n") }

// TestEveryFrameFits: on every screen and every size of a grid from 1×1 to
// 200×60, no line is wider than the window and no frame taller. Each screen
// is built at a usual size and then resized, as a user drags the window.
func TestEveryFrameFits(t *testing.T) {
	var widths, heights []int
	for w := 1; w <= 200; w++ {
		if w <= 60 || w%7 == 0 || w == 99 || w == 100 || w == 101 || w == 200 {
			widths = append(widths, w)
		}
	}
	for h := 1; h <= 60; h++ {
		if h <= 24 || h%5 == 0 {
			heights = append(heights, h)
		}
	}
	for _, s := range screens() {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel() // models share only read-only data
			for _, start := range [][2]int{{120, 40}, {60, 20}} {
				base := s.build(t, start[0], start[1])
				for _, w := range widths {
					for _, h := range heights {
						checkFits(t, s.name, resized(base, w, h), w, h)
					}
				}
			}
			// Built directly at small sizes too: the path from New differs.
			for _, size := range [][2]int{{1, 1}, {40, 10}, {41, 11}, {99, 12}, {100, 10}} {
				checkFits(t, s.name+" built small", s.build(t, size[0], size[1]), size[0], size[1])
			}
		})
	}
}

// checkFits checks the frame as laid out, before View's last cut to the
// window: a line that only the cut keeps inside fails here.
func checkFits(t *testing.T, name string, m Model, w, h int) {
	t.Helper()
	if err := frameFits(m.frame(), w, h); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// The fit checks read the frame before View's last cut: a pane line one
// column too wide fails them, though the cut screen would hide it.
func TestFitCheckSeesAnOverflowBeforeTheCut(t *testing.T) {
	m := sized(t, 80, 24, Options{EventID: "kim-letter"})
	m.detail.lines = append([]string{strings.Repeat("x", 81)}, m.detail.lines...)
	if err := frameFits(m.frame(), 80, 24); err == nil || !strings.Contains(err.Error(), "81 wide") {
		t.Fatalf("an 81-column line in an 80-column window passed the check: %v", err)
	}
	for _, l := range strings.Split(m.View(), "\n") {
		if width(l) > 80 {
			t.Fatalf("View's cut let through %q", l)
		}
	}
}
