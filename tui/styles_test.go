package tui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// A colour settled once by fixed draws exactly as the adaptive colour it
// came from, on every kind of terminal and background.
func TestFixedColoursDrawAsAdaptiveOnes(t *testing.T) {
	colours := append([]lipgloss.AdaptiveColor{ac("#1F2328", "#E6E6E6"), ac("#DDF4FF", "#1F3A5F"), ac("#000000", "#FFFFFF")}, actorPalette...)
	eachTerminal(func(p termenv.Profile, dark bool) {
		for _, c := range colours {
			want := lipgloss.NewStyle().Foreground(c).Background(c).Render("x")
			got := lipgloss.NewStyle().Foreground(fixed(c)).Background(fixed(c)).Render("x")
			if got != want {
				t.Errorf("profile %v, dark %v, %v: drew %q, want %q", p, dark, c, got, want)
			}
		}
	})
}

// eachTerminal calls f under each colour profile and background in turn,
// and puts back the ones before.
func eachTerminal(f func(p termenv.Profile, dark bool)) {
	defer lipgloss.SetColorProfile(lipgloss.ColorProfile())
	defer lipgloss.SetHasDarkBackground(lipgloss.HasDarkBackground())
	for _, p := range []termenv.Profile{termenv.Ascii, termenv.ANSI, termenv.ANSI256, termenv.TrueColor} {
		for _, dark := range []bool{false, true} {
			lipgloss.SetColorProfile(p)
			lipgloss.SetHasDarkBackground(dark)
			f(p, dark)
		}
	}
}

// Under NO_COLOR on a terminal that draws attributes, frames carry no colour
// at all, and reverse video marks the selected row and the passage being
// read, which colour marks otherwise.
func TestNoColorKeepsReverseVideo(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	m := sized(t, 100, 30, Options{EventID: "sanders-briefing", monochrome: true})
	timeline := press(t, m, "esc").View()
	reader := press(t, m, "enter", "enter").View() // the quote shown, then read
	for name, v := range map[string]string{"timeline": timeline, "reader": reader} {
		sgr := regexp.MustCompile(`\x1b\[([0-9;]*)m`).FindAllStringSubmatch(v, -1)
		reverse := false
		for _, s := range sgr {
			for _, p := range strings.Split(s[1], ";") {
				n, _ := strconv.Atoi(p)
				if n >= 30 && n <= 49 && n != 39 && n != 49 || n >= 90 && n <= 107 {
					t.Fatalf("%s: colour parameter %d in %q", name, n, s[0])
				}
				reverse = reverse || n == 7
			}
		}
		if !reverse {
			t.Errorf("%s: nothing drawn in reverse video", name)
		}
	}
	// The passage ends mid-line: reverse video shows where.
	mustContain(t, reader, "\x1b[7mMonday press briefing, as reported by Reuters.\x1b[0m “The primary purpose")
}
