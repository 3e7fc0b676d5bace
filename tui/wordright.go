package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// deleteLastWordRight handles alt+delete (alt+d) with the cursor on the
// last character, where bubbles v1.0.0's textinput reads one past the end
// of its text and panics. The word right of the cursor is then that one
// character, which it deletes. It reports whether it handled the key.
func deleteLastWordRight(in *textinput.Model, km tea.KeyMsg) bool {
	text := []rune(in.Value())
	if !key.Matches(km, in.KeyMap.DeleteWordForward) || in.Position() != len(text)-1 {
		return false
	}
	in.SetValue(string(text[:len(text)-1])) // the cursor stays, now at the end
	return true
}
