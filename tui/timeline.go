package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// timeline is the list of events under the current filter, one row each.
// Only the rows in view are rendered, whatever the number of events.
type timeline struct {
	ctx    *context
	events []*model.Event
	cursor int
	sc     scroller
	w      int
}

func (t *timeline) setSize(w, h int) {
	t.w = max(w, 0)
	t.sc.setHeight(h)
	t.sc.show(t.cursor, 1)
}

// setEvents replaces the list, keeping the selection on keep when it is
// still listed, else on the first event after it in timeline order.
func (t *timeline) setEvents(events []*model.Event, keep *model.Event) {
	t.events = events
	t.cursor = 0
	if keep != nil && len(events) > 0 {
		pos := t.ctx.ds.Index(keep)
		// Results are in timeline order: binary search for keep's place.
		lo, hi := 0, len(events)
		for lo < hi {
			mid := (lo + hi) / 2
			if t.ctx.ds.Index(events[mid]) < pos {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		t.cursor = min(lo, len(events)-1)
	}
	t.sc.setTotal(len(events))
	t.sc.show(t.cursor, 1)
}

// selected is the event under the cursor; nil when nothing is listed.
func (t *timeline) selected() *model.Event {
	if t.cursor < 0 || t.cursor >= len(t.events) {
		return nil
	}
	return t.events[t.cursor]
}

// selectEvent moves the cursor to e; false when e is not listed.
func (t *timeline) selectEvent(e *model.Event) bool {
	if e == nil || len(t.events) == 0 {
		return false
	}
	t.setEvents(t.events, e)
	return t.selected() == e
}

// update moves the cursor; it reports whether the selection changed.
func (t *timeline) update(msg tea.Msg) bool {
	before := t.cursor
	k := t.ctx.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			t.cursor--
		case key.Matches(msg, k.Down):
			t.cursor++
		case key.Matches(msg, k.Top):
			t.cursor = 0
		case key.Matches(msg, k.Bottom):
			t.cursor = len(t.events) - 1
		case key.Matches(msg, k.PageUp):
			t.cursor -= t.sc.page()
		case key.Matches(msg, k.PageDown):
			t.cursor += t.sc.page()
		}
	case tea.MouseMsg:
		t.cursor += wheel(msg)
	}
	t.cursor = max(min(t.cursor, len(t.events)-1), 0)
	t.sc.show(t.cursor, 1)
	return t.cursor != before
}

// view renders the visible rows, or says why there are none.
func (t *timeline) view(empty []string) []string {
	if len(t.events) == 0 {
		return empty
	}
	from, to := t.sc.window()
	lines := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		lines = append(lines, t.row(t.events[i], i == t.cursor))
	}
	return lines
}

// row lays out one event to the pane width: marker, date, status, title.
// Columns drop out as the pane narrows, the title last.
func (t *timeline) row(e *model.Event, selected bool) string {
	st := t.ctx.st
	glyph, word := statusMark(e.Status)
	dw := t.ctx.dateWidth
	title := flatten(e.Title)
	marker := "  "
	if selected {
		marker = "▶ "
	}
	var cols []string // plain text of each column, styled below unless selected
	switch {
	case t.w >= 2+dw+2+11+2+36: // the status word only when titles keep room
		cols = []string{pad(e.Date.Display(), dw), "  ", glyph + " " + pad(word, 9), "  "}
	case t.w >= 2+dw+2+2+16:
		cols = []string{pad(e.Date.Display(), dw), "  ", glyph, " "}
	default:
		cols = []string{glyph, " "}
	}
	used := 2
	for _, c := range cols {
		used += width(c)
	}
	if selected {
		plain := marker + strings.Join(cols, "") + title
		return st.selected.Render(pad(plain, t.w))
	}
	statusCol := 2
	if len(cols) == 2 {
		statusCol = 0
	}
	cols[statusCol] = st.status[e.Status].Render(cols[statusCol])
	if len(cols) == 4 {
		cols[0] = st.dim.Render(cols[0])
	}
	return marker + strings.Join(cols, "") + truncate(title, t.w-used)
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
