package tui

import (
	"strings"
	"testing"

	"parley/model"
)

// The status line says once that a note was saved: what was done, then
// "· saved" when the file has it, never "Note saved · saved".
func TestNoteSavedIsSaidOnce(t *testing.T) {
	m := sized(t, 120, 40, Options{Notes: savedNotebook(model.Notebook{})})
	m = act(t, m, "c", "type:Check the April date", "ctrl+s")
	status := statusRow(m.View())
	mustContain(t, status, "Note written · saved")
	if n := strings.Count(status, "saved"); n != 1 {
		t.Errorf("after ctrl+s the status line says saved %d times: %q", n, status)
	}
	m = act(t, m, "type: again", "esc")
	status = statusRow(m.View())
	mustContain(t, status, "Note written · saved")
	if n := strings.Count(status, "saved"); n != 1 {
		t.Errorf("after esc the status line says saved %d times: %q", n, status)
	}
}
