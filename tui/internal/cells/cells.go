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

// CutMiddle shortens s to at most w cells by taking out its middle: the
// start, "…", and the last tail cells (fewer when w has no room for
// them). Names that differ only at the end stay apart.
func CutMiddle(s string, w, tail int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	tail = min(max(tail, 0), w-1)
	end := []rune(s)
	used, from := 0, len(end)
	for from > 0 {
		rw := lipgloss.Width(string(end[from-1]))
		if used+rw > tail {
			break
		}
		used += rw
		from--
	}
	head := strings.TrimSuffix(Cut(s, w-used), "…")
	return head + "…" + string(end[from:])
}
