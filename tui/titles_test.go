package tui

import (
	"strings"
	"testing"
)

// wholeTitles counts the embedded events whose title the timeline shows
// whole at w×h (every row seen by moving down the list).
func wholeTitles(t *testing.T, w, h int) (whole int, cut []string) {
	t.Helper()
	m := sized(t, w, h, Options{})
	ds := dataset(t)
	for i, e := range ds.Events {
		if i > 0 {
			m = press(t, m, "j")
		}
		row := selectedRow(m.View())
		if strings.Contains(row, flatten(e.Title)) {
			whole++
		} else {
			cut = append(cut, e.Title)
		}
	}
	return whole, cut
}

// Defect 5: side by side at 100–120 columns the timeline cut 9 of 16
// titles at 120×40. Every embedded title is whole at 120×40, and at least
// 12 of 16 at 100×30.
func TestTimelineTitlesAreWholeSideBySide(t *testing.T) {
	if whole, cut := wholeTitles(t, 120, 40); len(cut) > 0 {
		t.Errorf("120×40: %d titles whole, cut: %q", whole, cut)
	}
	if whole, cut := wholeTitles(t, 100, 30); whole < 12 {
		t.Errorf("100×30: only %d titles whole, cut: %q", whole, cut)
	}
}
