package tui

import (
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// Defect 12: ctrl+z suspends (Bubble Tea's tea.Suspend, from every state,
// the search prompt included), and on resume the mouse, when it was on,
// is asked for again; Bubble Tea redraws the screen itself. The real
// suspend and fg are in the tmux test.
func TestCtrlZSuspends(t *testing.T) {
	for _, keys := range [][]string{nil, {"/"}, {"a"}, {"?"}, {"enter", "enter"}} {
		m := press(t, sized(t, 100, 30, Options{EventID: "kim-letter"}), keys...)
		_, cmd := m.Update(keyMsg("ctrl+z"))
		if cmd == nil || reflect.ValueOf(cmd).Pointer() != reflect.ValueOf(tea.Suspend).Pointer() {
			t.Errorf("after %v, ctrl+z did not suspend", keys)
		}
	}
	m := sized(t, 100, 30, Options{Mouse: true})
	if _, cmd := m.Update(tea.ResumeMsg{}); cmd == nil {
		t.Error("on resume the mouse was not asked for again")
	}
	mustContain(t, m.View(), "━━ Timeline")
}
