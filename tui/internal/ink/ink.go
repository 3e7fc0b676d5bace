// Package ink draws text in a lipgloss style without lipgloss's cost
// where that is the same. On one line of text, a style that only colours
// renders as the same codes before and after the text, yet lipgloss's
// Render works through borders, margins, padding and width at every call:
// over half of an actor toggle's frame at rich 100k. An Ink keeps a style
// with those codes, found once by rendering probes, and writes them
// itself where that is what lipgloss would write; any other style (one
// that underlines, whose spaces lipgloss styles apart), or text of
// several lines or with tabs, is still rendered by lipgloss.
package ink

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Ink is a style as the frames draw it. The zero Ink, like Ink{Style: s},
// is drawn by lipgloss alone; text without a style is drawn in Plain.
type Ink struct {
	lipgloss.Style
	on, off string // the codes around a line of text
	wraps   bool   // Render(text) is on + text + off for one line of text
}

// New works out whether the style only wraps text in codes, by rendering
// probes: a marker, a line with spaces (underlined spaces are styled one
// by one), a wide character and a long line (a maximum width cuts it).
// Call it once the colour profile is settled.
func New(s lipgloss.Style) Ink {
	k := Ink{Style: s}
	out := s.Render("X")
	at := strings.Index(out, "X")
	if at < 0 {
		return k
	}
	k.on, k.off = out[:at], out[at+1:]
	for _, probe := range probes {
		if s.Render(probe) != k.on+probe+k.off {
			return k
		}
	}
	k.wraps = true
	return k
}

var probes = []string{"", "a b", "界 x", strings.Repeat("long line ", 40)}

// Plain draws text without a style: a line as it is, written directly.
// A style with no attributes has no codes on any colour profile, so it is
// worked out once, at start.
var Plain = New(lipgloss.NewStyle())

// Render is lipgloss's Render, written directly where that is the same.
func (k Ink) Render(text string) string {
	if on, off, ok := k.Codes(); ok && !strings.ContainsAny(text, "\n\r\t") {
		return on + text + off
	}
	return k.Style.Render(text)
}

// Codes are what Render puts before and after one line of text without
// tabs; ok is false when Render does more than that.
func (k Ink) Codes() (on, off string, ok bool) { return k.on, k.off, k.wraps }
