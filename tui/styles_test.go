package tui

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// A colour settled once by fixed draws exactly as the adaptive colour it
// came from, on every kind of terminal and background.
func TestFixedColoursDrawAsAdaptiveOnes(t *testing.T) {
	defer lipgloss.SetColorProfile(lipgloss.ColorProfile())
	defer lipgloss.SetHasDarkBackground(lipgloss.HasDarkBackground())
	colours := append([]lipgloss.AdaptiveColor{ac("#1F2328", "#E6E6E6"), ac("#DDF4FF", "#1F3A5F"), ac("#000000", "#FFFFFF")}, actorPalette...)
	for _, p := range []termenv.Profile{termenv.Ascii, termenv.ANSI, termenv.ANSI256, termenv.TrueColor} {
		for _, dark := range []bool{false, true} {
			lipgloss.SetColorProfile(p)
			lipgloss.SetHasDarkBackground(dark)
			for _, c := range colours {
				want := lipgloss.NewStyle().Foreground(c).Background(c).Render("x")
				got := lipgloss.NewStyle().Foreground(fixed(c)).Background(fixed(c)).Render("x")
				if got != want {
					t.Errorf("profile %v, dark %v, %v: drew %q, want %q", p, dark, c, got, want)
				}
			}
		}
	}
}
