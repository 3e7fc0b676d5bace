// Package pattern shows two phases side by side, step by step, aligned by
// their parallels links (model.Dataset.Pattern): each step the two events
// with their dates, titles and the source's words, and the link's note; a
// gap where one phase has no counterpart. enter opens either event.
package pattern

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// OpenMsg asks the explorer to open an event; CloseMsg to leave the view.
type (
	OpenMsg  struct{ Event *model.Event }
	CloseMsg struct{}
)

// side is which phase's event of a step is chosen.
type side int

const (
	earlier side = iota
	later
)

// Model is the pattern view: SetSize, then Update and View.
type Model struct {
	keys   KeyMap
	styles *Styles // by pointer: the explorer is copied at each message

	pat model.Pattern
	ok  bool // the dataset has two phases to compare

	width, height int
	sel           int  // selected step
	side          side // the side enter opens
	top           int  // first body line shown

	body   []string // every step's lines, drawn at the current width
	starts []int    // where each step's lines begin in body
}

// New compares the dataset's pattern phases (model.Dataset.PatternPhases).
func New(ds *model.Dataset, keys KeyMap, styles Styles) Model {
	m := Model{keys: keys, styles: &styles}
	if a, b, ok := ds.PatternPhases(); ok {
		m.pat, m.ok = ds.Pattern(a, b), true
	}
	m.side = m.openable(0, earlier)
	return m
}

// SetSize sets the view's share of the screen. At the size it is laid
// out for, nothing is done: the explorer sizes it each time it opens.
func (m *Model) SetSize(width, height int) {
	width, height = max(0, width), max(0, height)
	if width == m.width && height == m.height && len(m.starts) > 0 {
		return
	}
	m.width, m.height = width, height
	m.layout()
}

// Selected is the event enter would open, nil when there is none.
func (m Model) Selected() *model.Event {
	if !m.ok || len(m.pat.Steps) == 0 {
		return nil
	}
	s := m.pat.Steps[m.sel]
	if m.side == later {
		return s.Later
	}
	return s.Earlier
}

// Select moves to the first step that has e, on e's side, shown at the
// top. An event in no step leaves the selection as it was.
func (m *Model) Select(e *model.Event) {
	for i, s := range m.pat.Steps {
		if s.Earlier == e || s.Later == e {
			m.sel, m.side = i, earlier
			if s.Later == e {
				m.side = later
			}
			m.layout()
			if i < len(m.starts) { // nothing is laid out before the view has a width
				m.top = m.starts[i] // the step at the top, as if come to
				m.keepInView()
			}
			return
		}
	}
}

// ShortHelp and FullHelp are the view's keys for the explorer's help.
func (m Model) ShortHelp() []key.Binding  { return m.keys.ShortHelp() }
func (m Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// Update answers the view's keys; others are left to the explorer.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	last := max(0, len(m.pat.Steps)-1)
	switch {
	case key.Matches(k, m.keys.Back):
		return m, func() tea.Msg { return CloseMsg{} }
	case key.Matches(k, m.keys.Open):
		if e := m.Selected(); e != nil {
			return m, func() tea.Msg { return OpenMsg{Event: e} }
		}
		return m, nil
	case key.Matches(k, m.keys.Up):
		m.sel = max(0, m.sel-1)
	case key.Matches(k, m.keys.Down):
		m.sel = min(last, m.sel+1)
	case key.Matches(k, m.keys.First):
		m.sel = 0
	case key.Matches(k, m.keys.Last):
		m.sel = last
	case key.Matches(k, m.keys.Earlier):
		m.side = earlier
	case key.Matches(k, m.keys.Later):
		m.side = later
	default:
		return m, nil
	}
	m.side = m.openable(m.sel, m.side)
	m.layout()
	return m, nil
}

// openable is want, or the other side when the step has no event there.
func (m Model) openable(step int, want side) side {
	if !m.ok || step >= len(m.pat.Steps) {
		return want
	}
	s := m.pat.Steps[step]
	if want == earlier && s.Earlier == nil {
		return later
	}
	if want == later && s.Later == nil {
		return earlier
	}
	return want
}
