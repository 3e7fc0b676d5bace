package tui

import "testing"

// The pattern view is laid out only while it is open, so it must be laid
// out at the window's size whenever it is shown: opened after the window
// changed size while it was closed, resized while open, or opened on a
// window too small for any layout and then enlarged. Each time it shows
// what an explorer opened at that size shows.
func TestPatternShowsAtTheWindowsSize(t *testing.T) {
	at := func(w, h int, keys ...string) string { return press(t, sized(t, w, h, Options{}), keys...).View() }
	for _, c := range []struct {
		name string
		got  func() string
		w, h int
	}{
		{"opened after a resize", func() string { return press(t, resized(sized(t, 120, 40, Options{}), 80, 24), "p", "j").View() }, 80, 24},
		{"resized while open", func() string { return resized(press(t, sized(t, 120, 40, Options{}), "p", "j"), 80, 24).View() }, 80, 24},
		{"opened, closed, resized, opened", func() string {
			m := press(t, sized(t, 120, 40, Options{}), "p", "p")
			return press(t, resized(m, 100, 30), "p", "j").View()
		}, 100, 30},
		{"opened too small, then enlarged", func() string { return resized(press(t, sized(t, 30, 8, Options{}), "p", "j"), 80, 24).View() }, 80, 24},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := at(c.w, c.h, "p", "j")
			mustContain(t, want, "━━ Pattern", "aligned") // the view's own summary line: it was laid out
			if got := c.got(); got != want {
				t.Errorf("the pattern view at %dx%d:\n%s\nwant, as opened at that size:\n%s", c.w, c.h, got, want)
			}
		})
	}
}
