// Package testkit is what the explorer's component tests share: the
// embedded dataset, key messages by name, and golden files.
package testkit

import (
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/data"
	"parley/model"
)

// Embedded is the built-in dataset, terminal-safe.
func Embedded(tb testing.TB) *model.Dataset {
	tb.Helper()
	l, err := data.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	return l.Safe
}

var named = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "left": tea.KeyLeft, "right": tea.KeyRight,
	"up": tea.KeyUp, "down": tea.KeyDown, "home": tea.KeyHome, "end": tea.KeyEnd,
}

// Key is the message for a key by name ("enter", "esc", "left", "right",
// "up", "down", "home", "end") or for the text typed ("l", "+").
func Key(name string) tea.KeyMsg {
	if t, ok := named[name]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// Component is a Bubble Tea component whose Update returns its own type.
type Component[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// Press sends keys by name to a component and returns it with the last
// command.
func Press[M Component[M]](m M, keys ...string) (M, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		m, cmd = m.Update(Key(k))
	}
	return m, cmd
}

// Golden compares got with testdata/name.golden, first rewriting the file
// when update is set (then read it: a golden is reviewed by eye).
func Golden(t *testing.T, name, got string, update bool) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (-update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
