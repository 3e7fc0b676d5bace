package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// alt+delete (or alt+d) with the search's cursor on its last character
// panicked inside bubbles' textinput (FuzzSession found it). The word
// right of the cursor is that character: it goes, and the timeline
// follows the shorter search.
func TestDeleteWordRightOnTheLastCharacter(t *testing.T) {
	deletes := []tea.KeyMsg{{Type: tea.KeyDelete, Alt: true}, {Type: tea.KeyRunes, Runes: []rune{'d'}, Alt: true}}
	for _, text := range []string{"k", " ", "kim", "kim ", "moon j", "김정은"} {
		for _, del := range deletes {
			m := press(t, sized(t, 100, 30, Options{}), "/", text, "left")
			next, _ := m.Update(del)
			m = next.(Model)
			runes := []rune(text)
			want := string(runes[:len(runes)-1])
			if got := m.search.value(); got != want {
				t.Errorf("%s on the last character of %q: search holds %q, want %q", del, text, got, want)
			}
			if pos := m.search.input.Position(); pos != len(runes)-1 {
				t.Errorf("%s on the last character of %q: cursor at %d, want the end (%d)", del, text, pos, len(runes)-1)
			}
			if want := press(t, sized(t, 100, 30, Options{}), "/", want); m.result.Len() != want.result.Len() {
				t.Errorf("%s on the last character of %q: %d events listed, the search typed afresh lists %d", del, text, m.result.Len(), want.result.Len())
			}
		}
	}
	// Elsewhere the key is bubbles' own: the word right of the cursor goes.
	m := press(t, sized(t, 100, 30, Options{}), "/", "kim moon", "home")
	next, _ := m.Update(deletes[0])
	m = next.(Model)
	if got := m.search.value(); got != " moon" {
		t.Errorf("alt+delete at the start of %q: search holds %q, want %q", "kim moon", got, " moon")
	}
}
