package axis

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/data"
	"parley/model"
)

func embedded(t testing.TB) *model.Dataset {
	t.Helper()
	l, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return l.Safe
}

// newAxis is the axis over every embedded event at w×h, unstyled.
func newAxis(t testing.TB, w, h int) Model {
	ds := embedded(t)
	m := New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(w, h)
	m.SetEvents(ds.Query(model.Filter{}), nil)
	return m
}

// press sends keys by name ("l", "+", "enter") and returns the last command.
func press(m Model, keys ...string) (Model, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "left":
			msg = tea.KeyMsg{Type: tea.KeyLeft}
		case "right":
			msg = tea.KeyMsg{Type: tea.KeyRight}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m, cmd = m.Update(msg)
	}
	return m, cmd
}

func lines(s string) []string { return strings.Split(s, "\n") }
