package tui

import (
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/internal/testkit"
	"parley/model"
)

func TestMain(m *testing.M) {
	// Fixed, colourless rendering: what the goldens show is what NO_COLOR
	// users see, so every mark must be a glyph or a word.
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	os.Exit(m.Run())
}

func dataset(t testing.TB) *model.Dataset { return testkit.Embedded(t) }

// sized is a new explorer after its first window-size message.
func sized(t testing.TB, w, h int, opts Options) Model {
	t.Helper()
	return resized(New(dataset(t), opts), w, h)
}

func resized(m Model, w, h int) Model {
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(Model)
}

// keyMsg builds the message Bubble Tea sends for a key name or text.
func keyMsg(k string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"backspace": tea.KeyBackspace, "space": tea.KeySpace, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+a": tea.KeyCtrlA, "ctrl+u": tea.KeyCtrlU, "ctrl+z": tea.KeyCtrlZ, "ctrl+x": tea.KeyCtrlX, "ctrl+c": tea.KeyCtrlC, "ctrl+s": tea.KeyCtrlS,
		"left": tea.KeyLeft, "right": tea.KeyRight,
	}
	if k == "space" { // as Bubble Tea delivers it: the type and the rune
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys one message each; a multi-letter word is one message,
// as Bubble Tea delivers typed text that arrives at once.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		next, _ := m.Update(keyMsg(k))
		m = next.(Model)
	}
	return m
}

// typeText sends text one rune at a time, as a person types.
func typeText(t testing.TB, m Model, text string) Model {
	t.Helper()
	for _, r := range text {
		if r == ' ' {
			m = press(t, m, "space")
			continue
		}
		m = press(t, m, string(r))
	}
	return m
}

func mustContain(t testing.TB, view string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(view, w) {
			t.Errorf("screen lacks %q:\n%s", w, view)
		}
	}
}

func mustNotContain(t testing.TB, view string, nots ...string) {
	t.Helper()
	for _, w := range nots {
		if strings.Contains(view, w) {
			t.Errorf("screen shows %q but should not:\n%s", w, view)
		}
	}
}

// selectedRow is the screen line that carries the selection glyph in the
// timeline column (the first "▶" at the start of a line).
func selectedRow(view string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.HasPrefix(l, "▶ ") {
			return l
		}
	}
	return ""
}

// eventIndex is the position of an event id in the unfiltered timeline.
func eventIndex(t testing.TB, ds *model.Dataset, id string) int {
	t.Helper()
	for i, e := range ds.Events {
		if e.ID == id {
			return i
		}
	}
	t.Fatalf("no event %q", id)
	return -1
}

// selectEvent moves the timeline cursor to the event with id.
func selectEvent(t testing.TB, m Model, id string) Model {
	t.Helper()
	m = press(t, m, "g")
	for i := 0; i < m.result.Len(); i++ {
		if m.current != nil && m.current.ID == id {
			return m
		}
		m = press(t, m, "j")
	}
	t.Fatalf("event %q not in the timeline", id)
	return m
}

// statusRow is the status line: the last but one line of a frame.
func statusRow(view string) string {
	lines := strings.Split(view, "\n")
	return lines[len(lines)-2]
}

// resultOf is the result of ds listing events: a query for them, marked.
func resultOf(ds *model.Dataset, events ...*model.Event) model.Result {
	marked := make(map[string]bool, len(events))
	for _, e := range events {
		marked[e.ID] = true
	}
	return ds.QueryResult(model.Filter{MarkedOnly: true, Marked: marked})
}
