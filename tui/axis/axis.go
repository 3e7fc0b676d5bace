// Package axis draws the filtered events on a time axis: a scale whose
// ticks follow the zoom, a density strip, one lane per actor, phase bands,
// each date drawn as precisely as it is known and each status by its
// glyph. Its cost per key is binning the filtered events to the screen's
// columns; nothing grows with the whole dataset.
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
	styles Styles

	width, height int

	events  []*model.Event // filtered, in timeline order
	marks   []mark
	cast    cast                 // the events' actors, numbered and ranked for the lanes
	pos     []int                // each event's timeline position in the dataset, ascending
	points  []day                // every dated event's first and last day, sorted
	dated   int                  // events before this position are dated: undated ones sort last
	longest day                  // the longest span, so the events reaching into a window can be found
	runs    []int                // positions of the ongoing events drawn on to their publication, ascending
	untilOf map[*model.Event]day // an ongoing event's last day, once worked out (see until)
	slot    map[int]int          // an undated event's column in the gutter, by position
	marked  map[string]bool      // the events the reader marked, by id: ★ under them

	lanes    []lane
	laneIdx  laneIndex // each event's lanes
	lanesFor int       // the room the lanes were chosen for; -1 after new events
	sel      int       // position in events, -1 when there are none
	lane     int       // the lane the selection is shown in

	fitFrom, fitTo day
	from, to       day  // the window drawn
	collapsed      bool // long empty stretches cut
	unstated       bool // some event has no stated status: the legend names ◌
	scaleChosen    bool // the user switched the scale: keep their choice
	sc             scale

	frame string              // View's output, drawn after each change
	cache *frameCache         // what the frame draws whatever is selected
	prev  *frameCache         // the cache before, for going back (see invalidate)
	sgr   map[uint8][2]string // each style's escape codes; see codes
}

// New makes an empty axis; give it events and a size before drawing.
func New(ds *model.Dataset, keys KeyMap, styles Styles) Model {
	return Model{ds: ds, keys: keys, styles: styles, sel: -1, lanesFor: -1}
}

// SetEvents gives the axis the events under the filter, in timeline
// order, and the actors the filter chose (their lanes come first). The
// selection stays on the same event when it is still there.
func (m *Model) SetEvents(events []*model.Event, chosenActors []string) {
	var keep *model.Event
	if m.sel >= 0 {
		keep = m.events[m.sel]
	}
	m.events = events
	m.marks = make([]mark, len(events))
	m.pos = m.positions(events)
	m.cast = newCast(m.ds, m.pos, chosenActors)
	m.lanesFor = -1
	m.points = m.points[:0]
	m.slot = map[int]int{}
	m.dated, m.longest, m.unstated = len(events), 0, false
	m.runs = m.runs[:0]
	for i, e := range events {
		m.unstated = m.unstated || e.Status == model.StatusUnstated
		if !e.Date.Dated() {
			m.marks[i].glyph = statusGlyph(e.Status)
			m.dated = min(m.dated, i)
			m.slot[i] = min(len(m.slot), gutterSlots-1)
			continue
		}
		first, last := e.Date.Span()
		mk := mark{first: dayOf(first), last: dayOf(last), dated: true, span: spanGlyph(e.Date.Precision), glyph: statusGlyph(e.Status)}
		if e.Status == model.StatusOngoing {
			mk.until = m.until(e)
			// A source dated before the event began leaves nothing to run.
			if mk.run = mk.until > mk.last; mk.run {
				m.runs = append(m.runs, i)
				if mk.until != openEnd {
					m.points = append(m.points, mk.until)
				}
			}
		}
		m.marks[i] = mk
		m.longest = max(m.longest, mk.last-mk.first) // runs are found apart (see newPlot)
		m.points = append(m.points, mk.first, mk.last)
	}
	slices.Sort(m.points)
	m.fit()
	m.sel = -1
	if len(events) > 0 {
		m.sel = 0
	}
	if i, ok := m.indexOf(keep); ok {
		m.sel = i
	}
	m.relayout()
}

// until is how far ongoing event e runs: the day the dataset gives, or
// openEnd. Kept from one filter to the next: working it out looks up each
// of the event's sources.
func (m *Model) until(e *model.Event) day {
	if d, ok := m.untilOf[e]; ok {
		return d
	}
	d := openEnd
	if until, ok := m.ds.OngoingUntil(e); ok {
		d = dayOf(until)
	}
	if m.untilOf == nil {
		m.untilOf = map[*model.Event]day{}
	}
	m.untilOf[e] = d
	return d
}

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

// positions finds each event's timeline position by walking the
// dataset's events alongside: a filter's result is a subsequence of them,
// in order, so no event is looked up by id. An event out of that order is
// looked up.
func (m *Model) positions(events []*model.Event) []int {
	pos := make([]int, len(events))
	all := m.ds.Events
	j := 0
	for i, e := range events {
		for j < len(all) && all[j] != e {
			j++
		}
		if j == len(all) {
			j = max(0, m.ds.Index(e))
		}
		pos[i] = j
	}
	return pos
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
