package pattern

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/testkit"
)

func newView(t testing.TB, w, h int) Model {
	m := New(testkit.Embedded(t), DefaultKeyMap(), Styles{})
	m.SetSize(w, h)
	return m
}

func press(m Model, keys ...string) (Model, tea.Cmd) { return testkit.Press(m, keys...) }

func lines(s string) []string { return strings.Split(s, "\n") }
