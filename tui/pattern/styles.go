package pattern

import "github.com/charmbracelet/lipgloss"

// Styles are the few the view uses; the explorer passes its own. The
// selection is marked by glyphs too, so the zero Styles (NO_COLOR) loses
// only emphasis.
type Styles struct {
	Heading  lipgloss.Style // phase titles
	Selected lipgloss.Style // the chosen side of the selected step
	Words    lipgloss.Style // the source's words
	Note     lipgloss.Style // the link's note
	Dim      lipgloss.Style // rules, gaps
}

// DefaultStyles are adaptive colours for light and dark backgrounds.
func DefaultStyles() Styles {
	ac := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	return Styles{
		Heading:  lipgloss.NewStyle().Bold(true),
		Selected: lipgloss.NewStyle().Reverse(true),
		Words:    lipgloss.NewStyle().Foreground(ac("#5f5f5f", "#bcbcbc")).Italic(true),
		Note:     lipgloss.NewStyle().Foreground(ac("#005f87", "#87afd7")),
		Dim:      lipgloss.NewStyle().Foreground(ac("#767676", "#8a8a8a")),
	}
}
