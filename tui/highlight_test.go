package tui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/model"
)

// underlinedRuns is the text drawn underlined (SGR 4 until 0 or 24), a
// run per entry, as the search's match style draws it.
func underlinedRuns(raw string) []string {
	var runs []string
	var cur strings.Builder
	on := false
	flush := func() {
		if cur.Len() > 0 {
			runs = append(runs, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(raw); {
		if m := sgr.FindStringSubmatchIndex(raw[i:]); m != nil && m[0] == 0 {
			params := strings.Split(raw[i+m[2]:i+m[3]], ";")
			for j := 0; j < len(params); j++ {
				switch params[j] {
				case "", "0", "24":
					on = false
				case "4":
					on = true
				case "38", "48": // a colour: skip its operands
					if j+1 < len(params) && params[j+1] == "5" {
						j += 2
					} else if j+1 < len(params) && params[j+1] == "2" {
						j += 4
					}
				}
			}
			i += m[1]
			continue
		}
		if on && raw[i] != '\n' {
			cur.WriteByte(raw[i])
		} else {
			flush()
		}
		i++
	}
	flush()
	return runs
}

var sgr = regexp.MustCompile(`^\x1b\[([\d;]*)m`)

// marks reports whether every word is drawn underlined somewhere in raw.
func marks(raw string, words ...string) bool {
	runs := underlinedRuns(raw)
	for _, w := range words {
		if !slices.Contains(runs, w) {
			return false
		}
	}
	return true
}

// Defect 7: what the search matched is highlighted in the timeline's
// titles, the event pane and the reader (underlined, so it shows without
// colour too). The goldens are colourless: this test draws in colour.
func TestSearchHighlightsWhatMatched(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI256)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	m := sized(t, 120, 40, Options{Filter: model.Filter{Search: "kim letter"}})
	lines := strings.Split(m.View(), "\n")
	row := ""
	for _, l := range lines {
		if strings.Contains(stripSGR(l), "Kim sends Trump a personal letter") {
			row = l
		}
	}
	if row == "" {
		t.Fatalf("the letter is not listed:\n%s", stripSGR(m.View()))
	}
	if !marks(row, "Kim", "letter") {
		t.Errorf("timeline row does not mark Kim and letter: %q", underlinedRuns(row))
	}
	// The event pane: its title and summary.
	m = press(t, m, "tab")
	v := m.View()
	if !marks(v, "Kim", "letter") {
		t.Errorf("the event pane does not mark the matches: %q", underlinedRuns(v))
	}
	// The reader, at the excerpt.
	for i := 0; i < 10 && !strings.Contains(stripSGR(m.View()), "━━ Source"); i++ {
		m = press(t, m, "enter")
	}
	if v := m.View(); !strings.Contains(stripSGR(v), "━━ Source") || !marks(v, "letter") {
		t.Errorf("the reader does not mark the matches: %q\n%s", underlinedRuns(v), stripSGR(v))
	}
	// No search, nothing underlined.
	m = press(t, m, "esc", "esc", "esc")
	if runs := underlinedRuns(m.View()); len(runs) > 0 {
		t.Errorf("with the search cleared, still marked: %q", runs)
	}
}
