package tui

import (
	"parley/internal/words"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// navKeys are the six movement keys of a list or a text. Every pane reads
// them through navigate, so "page down" means the same everywhere.
type navKeys struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
}

// bindings lists them in help order.
func (k navKeys) bindings() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}
}

// unit is how far one step of a move goes.
type unit int

const (
	byLine unit = iota // a row, an item or a line
	byPage             // a window's height, less a line of overlap
	toEnd              // the first or the last
)

// move is a movement asked for by a key or the mouse wheel: n steps of a
// unit, negative towards the start.
type move struct {
	n    int
	unit unit
}

// navigate reads msg as a move: one of the keys of k, or the wheel.
func navigate(msg tea.Msg, k navKeys) (move, bool) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			return move{-1, byLine}, true
		case key.Matches(msg, k.Down):
			return move{1, byLine}, true
		case key.Matches(msg, k.PageUp):
			return move{-1, byPage}, true
		case key.Matches(msg, k.PageDown):
			return move{1, byPage}, true
		case key.Matches(msg, k.Top):
			return move{-1, toEnd}, true
		case key.Matches(msg, k.Bottom):
			return move{1, toEnd}, true
		}
	case tea.MouseMsg:
		if n := wheel(msg); n != 0 {
			return move{n, byLine}, true
		}
	}
	return move{}, false
}

// apply moves pos by mv within [0, last], a page being page lines.
func (mv move) apply(pos, page, last int) int {
	switch mv.unit {
	case byPage:
		pos += mv.n * page
	case toEnd:
		pos = 0
		if mv.n > 0 {
			pos = last
		}
	default:
		pos += mv.n
	}
	return max(min(pos, last), 0)
}

// wheel turns a mouse wheel event into a line count.
func wheel(msg tea.MouseMsg) int {
	if msg.Action != tea.MouseActionPress {
		return 0
	}
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		return -1
	case tea.MouseButtonWheelDown:
		return 1
	}
	return 0
}

// scroller is the scroll state every list and text pane shares: which of
// total lines starts the window of height lines. It never goes out of range.
type scroller struct {
	off, height, total int
}

func (s *scroller) clamp() {
	s.off = min(s.off, s.total-s.height)
	s.off = max(s.off, 0)
}

func (s *scroller) setHeight(h int) { s.height = max(h, 0); s.clamp() }
func (s *scroller) setTotal(n int)  { s.total = max(n, 0); s.clamp() }
func (s *scroller) by(d int)        { s.off += d; s.clamp() }
func (s *scroller) top()            { s.off = 0 }
func (s *scroller) page() int       { return max(s.height-1, 1) }
func (s *scroller) atBottom() bool  { return s.off >= s.total-s.height }

// scroll applies a move to the window.
func (s *scroller) scroll(mv move) {
	s.off = mv.apply(s.off, s.page(), max(s.total-s.height, 0))
}

// show scrolls as little as possible to bring lines [from, from+n) into the
// window; when they do not fit, their start wins.
func (s *scroller) show(from, n int) {
	if from+n > s.off+s.height {
		s.off = from + n - s.height
	}
	if from < s.off {
		s.off = from
	}
	s.clamp()
}

// window is the range of lines to draw.
func (s *scroller) window() (from, to int) {
	return s.off, min(s.off+s.height, s.total)
}

// above and below count the lines out of view on either side.
func (s *scroller) above() int { return s.off }
func (s *scroller) below() int { _, to := s.window(); return max(s.total-to, 0) }

// isKey tells a key from the wheel, which scrolls rather than selects.
func isKey(msg tea.Msg) bool { _, ok := msg.(tea.KeyMsg); return ok }

// moreNote says how much of a pane is out of view, for its title rule:
// "↓ 12 more", "↑ 3 · ↓ 12 more", "↑ 3 more"; nothing when all is shown.
func moreNote(s scroller) string {
	up, down := s.above(), s.below()
	switch {
	case up > 0 && down > 0:
		return "↑ " + words.Thousands(up) + " · ↓ " + words.Thousands(down) + " more"
	case down > 0:
		return "↓ " + words.Thousands(down) + " more"
	case up > 0:
		return "↑ " + words.Thousands(up) + " more"
	}
	return ""
}

// isClick is a press of the left button.
func isClick(msg tea.Msg) bool {
	m, ok := msg.(tea.MouseMsg)
	return ok && m.Action == tea.MouseActionPress && m.Button == tea.MouseButtonLeft
}
