// Package axis draws the filtered events on a time axis: a scale whose
// ticks follow the zoom, a density strip, one lane per actor, phase bands,
// each date drawn as precisely as it is known and each status by its
// glyph. A window not drawn before costs the lanes times the columns
// times a search, however many events it holds (see bin).
package axis

import (
	"slices"
	"sort"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// OpenMsg asks the explorer to open an event; CloseMsg to go back to the
// list with that event selected (nil when nothing is).
type (
	OpenMsg  struct{ Event *model.Event }
	CloseMsg struct{ Event *model.Event }
)

// mark is an event as the axis places it, worked out once per filter. Its
// glyph stands on its first day, the span (if any) runs on from there.
// Kept small and flat: every frame reads the marks of all the events in
// view, and reading the events themselves would cost a cache miss each.
type mark struct {
	first, last day
	dated       bool
	run         bool // ongoing: drawn on from first to until
	span        rune // glyphRange, glyphMonth, or 0 for a single day
	glyph       rune // the status glyph
	until       day  // a run's last day: its source's publication, or openEnd
}

// openEnd is the last day of a run whose source has no publication date:
// later than any window, so the run reaches the axis's right edge.
const openEnd day = 1 << 30

// Model is the axis component: SetEvents with the filtered events,
// SetSize with its share of the screen, then Update and View.
type Model struct {
	ds     *model.Dataset
	keys   KeyMap
	styles *Styles // by pointer: the explorer is copied at each message

	width, height int

	events  []*model.Event // filtered, in timeline order
	marks   []mark
	cast    cast                 // the events' actors, numbered and ranked for the lanes
	pos     []int                // each event's timeline position in the dataset, ascending
	points  []day                // every dated event's first and last day, sorted
	dated   int                  // events before this position are dated: undated ones sort last
	longest day                  // the longest span, so the events reaching into a window can be found
	untilOf map[*model.Event]day // an ongoing event's last day, once worked out (see until)
	slot    map[int]int          // an undated event's column in the gutter, by position
	marked  map[string]bool      // the events the reader marked, by id: ★ under them

	lanes     []lane
	stretches []laneStretches // each lane's spans and runs
	lanesFor  int             // the room the lanes were chosen for; -1 after new events
	sel       int             // position in events, -1 when there are none
	placing   bool            // the events are being placed elsewhere (see SetPlacing)
	lane      int             // the lane the selection is shown in

	fitFrom, fitTo day
	from, to       day  // the window drawn
	collapsed      bool // long empty stretches cut
	unstated       bool // some event has no stated status: the legend names ◌
	scaleChosen    bool // the user switched the scale: keep their choice
	sc             scale

	frame string      // View's output, drawn after each change
	cache *frameCache // what the frame draws whatever is selected
	prev  *frameCache // the cache before, for going back (see invalidate)
}

// New makes an empty axis; give it events and a size before drawing.
func New(ds *model.Dataset, keys KeyMap, styles Styles) Model {
	return Model{ds: ds, keys: keys, styles: &styles, sel: -1, lanesFor: -1}
}

// SetEvents gives the axis the events under the filter, in timeline
// order, and the actors the filter chose (their lanes come first). The
// selection stays on the same event when it is still there. See
// WithEvents for doing this off the key path.
func (m *Model) SetEvents(events []*model.Event, chosenActors []string) {
	m.setPlaced(place(m.ds, events, chosenActors))
}

// WithEvents is a copy of the axis given events as SetEvents does it,
// sharing nothing that either of them writes: it can be made on a
// goroutine while m goes on drawing, and then Adopted. The reader's marks
// are left out of the copy (Adopt brings m's).
func (m Model) WithEvents(events []*model.Event, chosenActors []string) Model {
	m.marked = nil
	m.forget()
	m.SetEvents(events, chosenActors)
	return m
}

// Adopt takes next's events, lanes and frame (made by WithEvents) and
// keeps m's size and marks.
func (m *Model) Adopt(next Model) {
	w, h, marked := m.width, m.height, m.marked
	*m = next
	m.marked = marked
	if m.width != w || m.height != h {
		m.SetSize(w, h)
	}
	m.draw()
}

// setPlaced gives the axis placed events, keeping the selection on the
// same event when it is still there.
func (m *Model) setPlaced(p *placement) {
	var keep *model.Event
	if m.sel >= 0 {
		keep = m.events[m.sel]
	}
	m.placing = false
	m.events, m.marks, m.pos, m.cast = p.events, p.marks, p.pos, p.cast
	m.points, m.slot = p.points, p.slot
	m.dated, m.longest, m.unstated = p.dated, p.longest, p.unstated
	m.lanesFor = -1
	m.fit()
	m.sel = -1
	if len(m.events) > 0 {
		m.sel = 0
	}
	if i, ok := m.indexOf(keep); ok {
		m.sel = i
	}
	m.relayout()
}

// SetPlacing empties the axis while its events are placed elsewhere: the
// frame says so until SetEvents or Adopt brings them.
func (m *Model) SetPlacing() {
	m.setPlaced(place(m.ds, nil, nil))
	m.placing = true
	m.draw()
}

// Placing reports that the axis waits for its events (see SetPlacing).
func (m Model) Placing() bool { return m.placing }

// SetMarked gives the axis the ids of the events the reader marked; it
// points ★ at them and names the selected one's mark.
func (m *Model) SetMarked(ids map[string]bool) {
	m.marked = ids
	m.draw()
}

// SetSize sets the axis's share of the screen; the same size again
// changes nothing.
func (m *Model) SetSize(width, height int) {
	width, height = max(0, width), max(0, height)
	if width == m.width && height == m.height {
		return
	}
	m.width, m.height = width, height
	m.relayout()
}

// Select moves the selection to e when it is on the axis.
func (m *Model) Select(e *model.Event) {
	if i, ok := m.indexOf(e); ok {
		m.sel = i
		m.followLane()
		m.showSelected()
		m.draw()
	}
}

// indexOf is e's place among the events on the axis.
func (m *Model) indexOf(e *model.Event) (int, bool) {
	if e == nil {
		return 0, false
	}
	i := sort.SearchInts(m.pos, m.ds.Index(e))
	if i < len(m.events) && m.events[i] == e {
		return i, true
	}
	i = slices.Index(m.events, e) // events not in timeline order
	return i, i >= 0
}

func (m *Model) hasUndated() bool { return m.dated < len(m.events) }

// Selected is the selected event, nil when there is none.
func (m Model) Selected() *model.Event {
	if m.sel < 0 {
		return nil
	}
	return m.events[m.sel]
}

// ShortHelp and FullHelp are the axis's keys for the explorer's help.
func (m Model) ShortHelp() []key.Binding  { return m.keys.ShortHelp() }
func (m Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// Update answers the axis's keys; others are left to the explorer.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Open):
		if e := m.Selected(); e != nil {
			return m, func() tea.Msg { return OpenMsg{Event: e} }
		}
		return m, nil
	case key.Matches(k, m.keys.Back):
		e := m.Selected()
		return m, func() tea.Msg { return CloseMsg{Event: e} }
	case key.Matches(k, m.keys.Prev):
		m.step(-1)
	case key.Matches(k, m.keys.Next):
		m.step(1)
	case key.Matches(k, m.keys.First):
		m.step(-len(m.events))
	case key.Matches(k, m.keys.Last):
		m.step(len(m.events))
	case key.Matches(k, m.keys.LaneUp):
		m.changeLane(-1)
	case key.Matches(k, m.keys.LaneDown):
		m.changeLane(1)
	case key.Matches(k, m.keys.ZoomIn):
		m.zoom(0.5)
	case key.Matches(k, m.keys.ZoomOut):
		m.zoom(2)
	case key.Matches(k, m.keys.Fit):
		m.from, m.to = m.fitFrom, m.fitTo
		m.rescale()
	case key.Matches(k, m.keys.Collapse):
		m.collapsed, m.scaleChosen = !m.collapsed, true
		m.rescale()
	default:
		return m, nil
	}
	m.draw()
	return m, nil
}

// View is the axis as last drawn.
func (m Model) View() string { return m.frame }

// step moves the selection to the previous or next event in time.
func (m *Model) step(by int) {
	if m.sel < 0 {
		return
	}
	m.sel = min(max(0, m.sel+by), len(m.events)-1)
	m.followLane()
	m.showSelected()
}

// followLane keeps the selection's lane when the event is in it, else
// moves to the first lane that holds the event.
func (m *Model) followLane() {
	if m.sel < 0 || len(m.lanes) == 0 {
		return
	}
	if m.lane < len(m.lanes) && m.inLane(m.lane, m.sel) {
		return
	}
	for i := range m.lanes {
		if m.inLane(i, m.sel) {
			m.lane = i
			return
		}
	}
}

func (m *Model) inLane(l, pos int) bool {
	evs := m.lanes[l].events
	i := sort.SearchInts(evs, pos)
	return i < len(evs) && evs[i] == pos
}

// changeLane moves to the next lane up or down that has events, selecting
// its event nearest in time to the one selected.
func (m *Model) changeLane(by int) {
	for l := m.lane + by; l >= 0 && l < len(m.lanes); l += by {
		evs := m.lanes[l].events
		if len(evs) == 0 {
			continue
		}
		i := sort.SearchInts(evs, m.sel)
		best := evs[min(i, len(evs)-1)]
		if i > 0 && (i == len(evs) || m.sel-evs[i-1] <= evs[i]-m.sel) {
			best = evs[i-1]
		}
		m.lane, m.sel = l, best
		m.showSelected()
		return
	}
}

// fit sets the window to every dated event, with a little room at each end.
func (m *Model) fit() {
	if len(m.points) == 0 {
		m.fitFrom, m.fitTo = 0, 0
	} else {
		lo, hi := m.points[0], m.points[len(m.points)-1]
		pad := max(1, (hi-lo)/40)
		m.fitFrom, m.fitTo = lo-pad, hi+pad
	}
	m.from, m.to = m.fitFrom, m.fitTo
	m.scaleChosen = false
}

// minSpan is the narrowest window: about four columns a day.
func (m *Model) minSpan() day { return day(max(7, m.plotWidth()/4)) }

// zoom narrows (by < 1) or widens the window around the selected event,
// never beyond the fitted range.
func (m *Model) zoom(by float64) {
	span := float64(m.to - m.from + 1)
	n := day(span * by)
	n = max(m.minSpan(), min(n, m.fitTo-m.fitFrom+1))
	center := m.from + (m.to-m.from)/2
	if m.sel >= 0 && m.marks[m.sel].dated {
		center = m.marks[m.sel].first
	}
	m.from = center - n/2
	m.to = m.from + n - 1
	m.clampWindow()
	m.rescale()
}

// clampWindow slides the window back inside the fitted range.
func (m *Model) clampWindow() {
	n := m.to - m.from
	if m.from < m.fitFrom {
		m.from, m.to = m.fitFrom, m.fitFrom+n
	}
	if m.to > m.fitTo {
		m.from, m.to = max(m.fitFrom, m.fitTo-n), m.fitTo
	}
}

// showSelected pans the window, keeping its width, to a selected event
// whose first day lies outside it.
func (m *Model) showSelected() {
	if m.sel < 0 || !m.marks[m.sel].dated {
		return
	}
	mk := m.marks[m.sel]
	if mk.first >= m.from && mk.first <= m.to {
		return
	}
	n := m.to - m.from
	m.from = mk.first - n/2
	m.to = m.from + n
	m.clampWindow()
	m.rescale()
}
