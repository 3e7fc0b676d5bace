package tui

import (
	"fmt"
	"testing"
)

// The event's selected item stays on screen after the window shrinks: the
// quote, selected near the bottom of a tall pane, keeps its ▶ in view at
// every smaller size (the case is 60x20).
func TestResizeKeepsSelectedItemInView(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {60, 16}, {80, 20}, {100, 18}, {120, 14}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := sized(t, 100, 30, Options{})
			m = selectEvent(t, m, "pompeo-trip-cancelled")
			m = press(t, m, "enter", "G", "esc", "enter", "g", "esc")
			m = resized(m, size[0], size[1])
			m = press(t, m, "enter") // to the event pane: narrow windows show it alone
			mustContain(t, m.View(), "▶ lack of progress")
		})
	}
}
