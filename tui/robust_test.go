package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// pasted is the message Bubble Tea v1 sends for a bracketed paste: the
// pasted bytes as runes, escape sequences and controls included.
func pasted(s string) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true}
}

const hostilePaste = "\x1b]52;c;aGk=\x07moon\x1b[2J\u009b1;1H\u202e\x00\r\n"

// Found by FuzzSession (seed-paste-escape-into-actors): text pasted into the
// actor filter's narrowing field was drawn as pasted, so an OSC 52
// clipboard write or a clear-screen reached the terminal.
func TestPasteIntoActorFilterIsMadeSafe(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = press(t, m, "a")
	next, _ := m.Update(pasted(hostilePaste))
	m = next.(Model)
	if m.actors.query != "moon" { // the 8-bit CSI takes its parameters with it
		t.Errorf("query %q, want the printable text only", m.actors.query)
	}
	if err := terminalInert(m.View()); err != nil {
		t.Error(err)
	}
	mustContain(t, m.View(), "Find  moon▏")
}

// Found by FuzzSession (seed-paste-escape-into-search): the search box drops
// C0 controls itself but kept bidirectional overrides, drawn in the prompt
// and the status line.
func TestPasteIntoSearchIsMadeSafe(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = press(t, m, "/")
	next, _ := m.Update(pasted("\u202eletter\u2066" + hostilePaste))
	m = next.(Model)
	if err := terminalInert(m.View()); err != nil {
		t.Error(err)
	}
	m = press(t, m, "enter")
	if err := terminalInert(m.View()); err != nil {
		t.Error(err)
	}
	if got := m.search.value(); got != m.filter.Search || got != "lettermoon" {
		t.Errorf("search box %q, filter %q, want both %q", got, m.filter.Search, "lettermoon")
	}
}

// A --search given on the command line is drawn in the status line too.
func TestStartingSearchIsMadeSafe(t *testing.T) {
	m := sized(t, 80, 24, Options{Filter: model.Filter{Search: "let\x1b]0;pwned\x07ter\u202e"}})
	if m.filter.Search != "letter" {
		t.Errorf("search %q, want %q", m.filter.Search, "letter")
	}
	if err := terminalInert(m.View()); err != nil {
		t.Error(err)
	}
	mustContain(t, m.View(), "Search “letter” · 3 of 16 events")
}

// Found by TestHugeQuoteKeystrokes: opening on an event with a 1 MiB quote
// took 13 s before the first frame, because the detail was laid out at
// width 0 (wrapping to one column: a million lines) before the window size
// came; every resize through a width below the minimum did the same. Panes
// are now laid out only at a size the layout is drawn at.
func TestPanesAreNotLaidOutBelowMinimumSize(t *testing.T) {
	m := New(dataset(t), Options{EventID: "sanders-briefing"})
	if n := len(m.detail.lines); n != 0 {
		t.Fatalf("detail laid out before the window size: %d lines", n)
	}
	m = resized(m, 120, 40)
	m = press(t, m, "enter") // the quote, in the reader
	lines, spans := len(m.detail.lines), len(m.reader.spans)
	if !m.layout.has(paneReader) || lines == 0 || spans == 0 {
		t.Fatalf("not laid out at 120×40: %d detail lines, %d reader lines", lines, spans)
	}
	for _, size := range [][2]int{{1, 1}, {39, 40}, {120, 9}, {0, 0}, {5, 3}} {
		m = resized(m, size[0], size[1])
		if len(m.detail.lines) != lines || len(m.reader.spans) != spans {
			t.Fatalf("at %d×%d the panes were laid out again: %d detail lines, %d reader lines",
				size[0], size[1], len(m.detail.lines), len(m.reader.spans))
		}
	}
	m = resized(m, 80, 24)
	mustContain(t, m.View(), "━━ Source")
}
