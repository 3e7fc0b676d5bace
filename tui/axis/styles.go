package axis

import "github.com/charmbracelet/lipgloss"

// Styles are the few the axis uses; the explorer passes its own. Nothing
// on the axis is told by style alone: every mark is a glyph, so the zero
// Styles (what NO_COLOR and TERM=dumb get) loses nothing but emphasis.
type Styles struct {
	Label    lipgloss.Style // lane names
	Current  lipgloss.Style // the lane the selection is in
	Selected lipgloss.Style // the selected event's mark
	Related  lipgloss.Style // marks of events related to it
	Dim      lipgloss.Style // scale, density strip, breaks
	Band     lipgloss.Style // phase bands
}

// DefaultStyles are adaptive colours for light and dark backgrounds.
func DefaultStyles() Styles {
	ac := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	return Styles{
		Label:    lipgloss.NewStyle().Foreground(ac("#444444", "#bbbbbb")),
		Current:  lipgloss.NewStyle().Bold(true),
		Selected: lipgloss.NewStyle().Reverse(true).Bold(true),
		Related:  lipgloss.NewStyle().Foreground(ac("#005faf", "#5fafff")).Bold(true),
		Dim:      lipgloss.NewStyle().Foreground(ac("#767676", "#8a8a8a")),
		Band:     lipgloss.NewStyle().Foreground(ac("#5f5f00", "#d7d787")),
	}
}
