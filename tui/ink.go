package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// ink is a style as the frames draw it. Most of the explorer's styles only
// colour text, and on one line of text lipgloss's Render then only puts
// the same codes before and after it; its other work (borders, margins,
// padding, width, checked at every call) was over half of an actor
// toggle's frame at rich 100k. So where Render comes down to that, ink
// writes the codes itself; any other style, or text of several lines or
// with tabs, is rendered by lipgloss.
type ink struct {
	lipgloss.Style
	on, off string // the codes around a line of text
	wraps   bool   // Render(text) is on + text + off for one line of text
}

// newInk works out whether the style only wraps text in codes, by
// rendering probes: a marker, a line with spaces (underlined spaces
// are styled one by one), a wide character and a long line (a
// maximum width cuts it). Call it once the colour profile is settled.
func newInk(s lipgloss.Style) ink {
	k := ink{Style: s}
	out := s.Render("X")
	at := strings.Index(out, "X")
	if at < 0 {
		return k
	}
	k.on, k.off = out[:at], out[at+1:]
	for _, probe := range inkProbes {
		if s.Render(probe) != k.on+probe+k.off {
			return k
		}
	}
	k.wraps = true
	return k
}

var inkProbes = []string{"", "a b", "界 x", strings.Repeat("long line ", 40)}

// Render is lipgloss's Render, written directly where that is the same.
func (k ink) Render(text string) string {
	if k.wraps && !strings.ContainsAny(text, "\n\r\t") {
		return k.on + text + k.off
	}
	return k.Style.Render(text)
}
