package cells

import "fmt"

// NeedsRoom says how much a view is short of its least size, in what the
// user can change: a view does not know the window around it, so "needs
// 40×7" would name a size the window may already have. Growing the window
// by the rows and columns said grows the view by as much.
func NeedsRoom(view string, w, h, minW, minH int) string {
	more := func(n int, one, many string) string {
		if n == 1 {
			return "1 more " + one
		}
		return fmt.Sprintf("%d more %s", n, many)
	}
	switch {
	case w < minW && h < minH:
		return fmt.Sprintf("%s needs %s and %s.", view, more(minW-w, "column", "columns"), more(minH-h, "row", "rows"))
	case w < minW:
		return fmt.Sprintf("%s needs %s.", view, more(minW-w, "column", "columns"))
	default:
		return fmt.Sprintf("%s needs %s.", view, more(minH-h, "row", "rows"))
	}
}
