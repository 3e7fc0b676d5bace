package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// alt+left (a word back) in a note with nothing but spaces before the
// cursor hung the explorer: bubbles' textarea looked left for ever
// (FuzzSession found it). It now puts the cursor at the start.
func TestWordLeftWithNothingBeforeReturns(t *testing.T) {
	for _, text := range []string{"", "   ", " \n  "} {
		m := press(t, sized(t, 100, 30, Options{}), "c")
		m.note.ta.SetValue(text) // the cursor at the end
		done := make(chan Model, 1)
		go func() {
			next, _ := m.Update(tea.KeyMsg{Type: tea.KeyLeft, Alt: true})
			done <- next.(Model)
		}()
		select {
		case m = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("alt+left in a note of %q never returned", text)
		}
		if m.note.ta.Line() != 0 || m.note.ta.LineInfo().ColumnOffset != 0 {
			t.Errorf("alt+left in a note of %q: cursor at line %d, column %d; want the start", text, m.note.ta.Line(), m.note.ta.LineInfo().ColumnOffset)
		}
	}
	m := press(t, sized(t, 100, 30, Options{}), "c")
	m.note.ta.SetValue("Kim wrote  ")
	next, _ := m.Update(tea.KeyMsg{Type: tea.KeyLeft, Alt: true})
	if got := next.(Model).note.ta.LineInfo().ColumnOffset; got != 4 {
		t.Errorf("alt+left after %q: column %d, want 4 (the start of the last word)", "Kim wrote  ", got)
	}
}
