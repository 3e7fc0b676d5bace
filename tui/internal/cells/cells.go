// Package cells cuts and pads plain text to a number of terminal cells,
// for components that lay text out in columns.
package cells

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Cut shortens s to at most w cells, ending in … when it had to.
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) <= w {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := lipgloss.Width(string(r))
		if used+rw > w-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return b.String() + "…"
}

// Pad is s followed by spaces to w cells.
func Pad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-lipgloss.Width(s)))
}

// Fit is s cut to w cells and padded to exactly w.
func Fit(s string, w int) string { return Pad(Cut(s, w), w) }
