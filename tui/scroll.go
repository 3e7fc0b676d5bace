package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

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
func (s *scroller) bottom()         { s.off = s.total; s.clamp() }
func (s *scroller) page() int       { return max(s.height-1, 1) }
func (s *scroller) atBottom() bool  { return s.off >= s.total-s.height }

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

// scrollKey applies the line, page and end keys every text pane shares,
// reporting whether msg was one of them.
func (s *scroller) scrollKey(msg tea.KeyMsg, k KeyMap) bool {
	switch {
	case key.Matches(msg, k.Up):
		s.by(-1)
	case key.Matches(msg, k.Down):
		s.by(1)
	case key.Matches(msg, k.PageUp):
		s.by(-s.page())
	case key.Matches(msg, k.PageDown):
		s.by(s.page())
	case key.Matches(msg, k.Top):
		s.top()
	case key.Matches(msg, k.Bottom):
		s.bottom()
	default:
		return false
	}
	return true
}
