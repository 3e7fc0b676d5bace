// Package testkit is what the explorer's tests (tui and its component
// packages) share: the embedded dataset, key messages by name, and golden
// files. It lives outside tui/ because it loads the dataset through data/,
// which no package under tui/ may import.
package testkit

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

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

// update is -update on the test command line of a package that uses Golden.
var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current frames")

// Updating reports whether the test run was asked to rewrite its golden
// files (-update).
func Updating() bool { return *update }

// Golden compares got with testdata/name.golden, first rewriting the file
// under -update (then read it: a golden is reviewed by eye). Frames are
// drawn with the ASCII profile, what NO_COLOR and TERM=dumb show: set it
// before drawing (AsciiFrames).
func Golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
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

// State is a named state of a component, reached by keys by name.
type State struct {
	Name string
	Keys []string
}

// GoldenSizes are the sizes every component's golden frames are kept at.
var GoldenSizes = [][2]int{{120, 40}, {80, 24}, {50, 16}}

// GoldenFrames compares, for each state at each of GoldenSizes, the frame
// draw returns with testdata/prefix-state-WxH.golden, drawn with the ASCII
// profile.
func GoldenFrames(t *testing.T, prefix string, states []State, draw func(t *testing.T, w, h int, keys []string) string) {
	AsciiFrames()
	for _, s := range states {
		for _, size := range GoldenSizes {
			name := fmt.Sprintf("%s-%s-%dx%d", prefix, s.Name, size[0], size[1])
			t.Run(name, func(t *testing.T) { Golden(t, name, draw(t, size[0], size[1], s.Keys)+"\n") })
		}
	}
}

// AsciiFrames makes lipgloss draw without colours or attributes, as for a
// NO_COLOR or TERM=dumb terminal: the golden frames' profile.
func AsciiFrames() { lipgloss.SetColorProfile(termenv.Ascii) }
