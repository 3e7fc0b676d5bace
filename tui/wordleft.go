package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
)

// wordLeftAtStart handles alt+left (alt+b) where bubbles v1.0.0's
// textarea would loop for ever: with nothing but spaces, or nothing at
// all, before the cursor, it looks left for a word that is not there. The
// word before is then the start of the text, where the cursor goes. It
// reports whether it handled the key.
func wordLeftAtStart(ta *textarea.Model, km tea.KeyMsg) bool {
	if !key.Matches(km, ta.KeyMap.WordBackward) || !onlySpaceBefore(*ta) {
		return false
	}
	for ta.Line() > 0 {
		ta.CursorUp()
	}
	ta.CursorStart()
	return true
}

// onlySpaceBefore reports whether everything before the cursor is space.
func onlySpaceBefore(ta textarea.Model) bool {
	lines := strings.Split(ta.Value(), "\n")
	row := min(ta.Line(), len(lines)-1)
	li := ta.LineInfo()
	line := []rune(lines[row])
	col := min(li.StartColumn+li.ColumnOffset, len(line))
	return strings.TrimSpace(strings.Join(lines[:row], "\n")+string(line[:col])) == ""
}
