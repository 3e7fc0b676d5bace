package tui

import "testing"

// The hidden axis is not laid out on a resize; opening it after one
// draws it at the window's new size, as if it had been open all along.
func TestAxisOpensAtTheSizeTheWindowHasNow(t *testing.T) {
	m := press(t, sized(t, 120, 40, Options{}), "t", "t")
	m = press(t, resized(m, 90, 30), "t")
	open := press(t, resized(press(t, sized(t, 120, 40, Options{}), "t"), 90, 30))
	if got, want := m.View(), open.View(); got != want {
		t.Errorf("opened after a resize:\n%s\nwant, resized while open:\n%s", got, want)
	}
}
