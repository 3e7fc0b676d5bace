package axis

import (
	"github.com/charmbracelet/lipgloss"

	"parley/tui/internal/ink"
)

// Styles are the few the axis uses; the explorer passes its own. Nothing
// on the axis is told by style alone: every mark is a glyph, so the zero
// Styles (what NO_COLOR and TERM=dumb get) loses nothing but emphasis.
type Styles struct {
	Label    ink.Ink // lane names
	Current  ink.Ink // the lane the selection is in
	Selected ink.Ink // the selected event's mark
	Related  ink.Ink // marks of events related to it
	Dim      ink.Ink // scale, density strip, breaks
	Band     ink.Ink // phase bands
}

// DefaultStyles are adaptive colours for light and dark backgrounds, for
// the colour profile set when it is called.
func DefaultStyles() Styles {
	ac := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	return Styles{
		Label:    ink.New(lipgloss.NewStyle().Foreground(ac("#444444", "#bbbbbb"))),
		Current:  ink.New(lipgloss.NewStyle().Bold(true)),
		Selected: ink.New(lipgloss.NewStyle().Reverse(true).Bold(true)),
		Related:  ink.New(lipgloss.NewStyle().Foreground(ac("#005faf", "#5fafff")).Bold(true)),
		Dim:      ink.New(lipgloss.NewStyle().Foreground(ac("#767676", "#8a8a8a"))),
		Band:     ink.New(lipgloss.NewStyle().Foreground(ac("#5f5f00", "#d7d787"))),
	}
}
