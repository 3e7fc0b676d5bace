package axis

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/testkit"
	"parley/model"
)

func embedded(t testing.TB) *model.Dataset { return testkit.Embedded(t) }

// newAxis is the axis over every embedded event at w×h, unstyled.
func newAxis(t testing.TB, w, h int) Model {
	ds := embedded(t)
	m := New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(w, h)
	m.SetEvents(ds.Query(model.Filter{}), nil)
	return m
}

func press(m Model, keys ...string) (Model, tea.Cmd) { return testkit.Press(m, keys...) }

func lines(s string) []string { return strings.Split(s, "\n") }
