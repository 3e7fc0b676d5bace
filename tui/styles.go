package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/model"
	"parley/tui/internal/ink"
)

// All colours live here. Each is adaptive (light, dark background); the
// background is settled before the program starts (see Run). Nothing is
// marked by colour alone: selection, focus, status and highlights each carry
// a glyph too, so the app reads the same under NO_COLOR.

type styles struct {
	appName, header, dim, bold, label, warn ink.Ink
	rule, ruleFocused                       ink.Ink
	selected                                ink.Ink // the selected row or item
	status                                  map[model.Status]ink.Ink
	quote, excerpt                          ink.Ink
	current, other                          ink.Ink // reader: the excerpt being read, the event's others
	match                                   ink.Ink // what the search matched
	currentBar, otherBar                    ink.Ink
	actors                                  []ink.Ink
	help                                    help.Styles
	cursor                                  string // the glyph where typed text goes, drawn
}

func ac(light, dark string) lipgloss.AdaptiveColor {
	return lipgloss.AdaptiveColor{Light: light, Dark: dark}
}

// palette turns adaptive colours into what this terminal draws: each
// settled once (fixed), or none at all under NO_COLOR (mono).
type palette struct{ mono bool }

func (p palette) colour(c lipgloss.AdaptiveColor) lipgloss.TerminalColor {
	if p.mono {
		return lipgloss.NoColor{}
	}
	return fixed(c)
}

// fixed settles an adaptive colour for this terminal, once, when the
// styles are made (the background and colour profile are settled by then).
// Given a hex colour, lipgloss searches the 256-colour palette in HSLuv
// space at every Render on a 256- or 16-colour terminal, which was a third
// of the cost of drawing a frame; the escape codes written are the same.
func fixed(c lipgloss.AdaptiveColor) lipgloss.TerminalColor {
	hex := c.Light
	if lipgloss.HasDarkBackground() {
		hex = c.Dark
	}
	switch t := lipgloss.ColorProfile().Color(hex).(type) {
	case termenv.ANSIColor:
		return lipgloss.ANSIColor(t)
	case termenv.ANSI256Color:
		return lipgloss.ANSIColor(t)
	case termenv.RGBColor:
		return lipgloss.Color(hex)
	}
	return lipgloss.NoColor{}
}

// actorPalette is told apart on both backgrounds; actors take colours in
// dataset order, so the same actor has the same colour on every screen.
var actorPalette = []lipgloss.AdaptiveColor{
	ac("#B3261E", "#FF7A70"), // red
	ac("#1D4ED8", "#7AA2FF"), // blue
	ac("#047857", "#4ADE80"), // green
	ac("#7C3AED", "#C4A1FF"), // violet
	ac("#B45309", "#FBBF24"), // amber
	ac("#0E7490", "#5EEAD4"), // teal
	ac("#BE185D", "#F9A8D4"), // pink
	ac("#4D7C0F", "#BEF264"), // lime
	ac("#9A3412", "#FDBA74"), // orange
	ac("#3730A3", "#A5B4FC"), // indigo
	ac("#6B21A8", "#E879F9"), // purple
	ac("#155E75", "#67E8F9"), // cyan
}

// newStyles makes every style. mono is NO_COLOR on a terminal that draws
// attributes: no colour at all, and reverse video for the selection and the
// passage being read, which colour marks otherwise.
func newStyles(mono bool) *styles {
	p := palette{mono}
	var (
		fg     = p.colour(ac("#1F2328", "#E6E6E6"))
		muted  = p.colour(ac("#6E7781", "#8B949E"))
		accent = p.colour(ac("#0969DA", "#58A6FF"))
		selBg  = p.colour(ac("#DDF4FF", "#1F3A5F"))
		hiBg   = p.colour(ac("#FFF1B8", "#5C4A00"))
		otBg   = p.colour(ac("#EEEEEE", "#2D333B"))
		mtBg   = p.colour(ac("#FFD6A5", "#7A3E00"))
		amber  = p.colour(ac("#9A6700", "#E3B341"))
	)
	s := &styles{
		appName:     ink.New(lipgloss.NewStyle().Bold(true).Foreground(accent)),
		header:      ink.New(lipgloss.NewStyle().Foreground(fg)),
		dim:         ink.New(lipgloss.NewStyle().Foreground(muted)),
		bold:        ink.New(lipgloss.NewStyle().Bold(true).Foreground(fg)),
		label:       ink.New(lipgloss.NewStyle().Foreground(muted)),
		warn:        ink.New(lipgloss.NewStyle().Bold(true).Foreground(amber)),
		rule:        ink.New(lipgloss.NewStyle().Foreground(muted)),
		ruleFocused: ink.New(lipgloss.NewStyle().Bold(true).Foreground(accent)),
		selected:    ink.New(lipgloss.NewStyle().Bold(true).Foreground(fg).Background(selBg).Reverse(mono)),
		quote:       ink.New(lipgloss.NewStyle().Foreground(fg).Italic(true)),
		excerpt:     ink.New(lipgloss.NewStyle().Foreground(fg)),
		current:     ink.New(lipgloss.NewStyle().Foreground(fg).Background(hiBg).Reverse(mono)),
		other:       ink.New(lipgloss.NewStyle().Foreground(fg).Background(otBg)),
		match:       ink.New(lipgloss.NewStyle().Underline(true).Bold(true).Background(mtBg)), // underlined: seen without colour
		currentBar:  ink.New(lipgloss.NewStyle().Bold(true).Foreground(amber)),
		otherBar:    ink.New(lipgloss.NewStyle().Foreground(muted)),
		status: map[model.Status]ink.Ink{
			model.StatusOccurred:  ink.New(lipgloss.NewStyle().Foreground(p.colour(ac("#1A7F37", "#3FB950")))),
			model.StatusOngoing:   ink.New(lipgloss.NewStyle().Foreground(p.colour(ac("#1B7C83", "#39C5CF")))),
			model.StatusCancelled: ink.New(lipgloss.NewStyle().Foreground(p.colour(ac("#CF222E", "#F85149")))),
			model.StatusScheduled: ink.New(lipgloss.NewStyle().Foreground(p.colour(ac("#0969DA", "#58A6FF")))),
			model.StatusExpected:  ink.New(lipgloss.NewStyle().Foreground(p.colour(ac("#9A6700", "#D29922")))),
			model.StatusPlanned:   ink.New(lipgloss.NewStyle().Foreground(p.colour(ac("#8250DF", "#BC8CFF")))),
		},
	}
	s.cursor = s.ruleFocused.Render("▏")
	for _, c := range actorPalette {
		s.actors = append(s.actors, ink.New(lipgloss.NewStyle().Foreground(p.colour(c))))
	}
	s.help = help.Styles{
		ShortKey:       lipgloss.NewStyle().Bold(true).Foreground(fg),
		ShortDesc:      lipgloss.NewStyle().Foreground(muted),
		ShortSeparator: lipgloss.NewStyle().Foreground(muted),
		FullKey:        lipgloss.NewStyle().Bold(true).Foreground(fg),
		FullDesc:       lipgloss.NewStyle().Foreground(muted),
		FullSeparator:  lipgloss.NewStyle().Foreground(muted),
		Ellipsis:       lipgloss.NewStyle().Foreground(muted),
	}
	return s
}

// statusMark is the glyph and word for a status: readable without colour.
func statusMark(s model.Status) (glyph, word string) {
	switch s {
	case model.StatusOccurred:
		return "✓", "occurred"
	case model.StatusOngoing:
		return "◐", "ongoing"
	case model.StatusCancelled:
		return "✗", "cancelled"
	case model.StatusScheduled:
		return "◷", "scheduled"
	case model.StatusExpected:
		return "◇", "expected"
	case model.StatusPlanned:
		return "○", "planned"
	case model.StatusUnstated:
		return "◌", "not stated"
	}
	return "?", string(s)
}

// statusLegend explains the glyphs, for the help screen; "not stated" only
// when the dataset has it (an import without statuses).
func statusLegend(unstated bool) string {
	statuses := model.Statuses
	if unstated {
		statuses = append(slices.Clip(statuses), model.StatusUnstated)
	}
	out := ""
	for i, st := range statuses {
		g, w := statusMark(st)
		if i > 0 {
			out += "  "
		}
		out += g + " " + w
	}
	return out
}
