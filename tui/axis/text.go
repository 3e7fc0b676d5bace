package axis

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// cut shortens s to at most w columns, ending in … when it had to.
func cut(s string, w int) string {
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

// fit is s cut to w columns and padded to exactly w.
func fit(s string, w int) string {
	s = cut(s, w)
	return s + strings.Repeat(" ", max(0, w-lipgloss.Width(s)))
}
