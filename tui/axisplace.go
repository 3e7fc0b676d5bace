package tui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/tui/axis"
)

// Placing a big result on the time axis off the key path. Placing reads
// every filtered event (tens of milliseconds for 100k rich ones, about ten
// times that for a million), so from backgroundFrom events it runs on a
// goroutine as a query does (see query.go): the axis says it is placing
// them, and a placement for a result replaced since is dropped. Smaller
// results are placed in place, so the tests' frames stay deterministic.

// axisPlacing is the state of a placement on its way.
type axisPlacing struct {
	gen      int  // counts placements asked for: a result is for the one of its gen
	running  bool // the placement of gen is to come from a goroutine
	launched bool // and has been handed to Bubble Tea
	from     axisInput
}

// placedMsg is the axis laid out over its events on a goroutine.
type placedMsg struct {
	ds  *model.Dataset
	gen int
	ax  axis.Model
}

// refreshAxis gives the axis the filtered events, if it has not had them:
// placed here, or from backgroundFrom events on a goroutine (placeCmd).
func (m *Model) refreshAxis() {
	if !m.axisStale {
		return
	}
	m.axisStale = false
	pl := &m.axis.placing
	pl.gen++ // a placement on its way is for another result
	pl.running, pl.launched = false, false
	in := axisInput{m.result, slices.Clone(m.filter.Actors)}
	switch {
	case m.axis.holds(in): // placed already: the result came back
	case m.result.Len() < m.ctx.backgroundFrom:
		m.axis.setEvents(in, m.timeline.selected())
	default:
		pl.running, pl.from = true, in
		m.axis.setPlacing()
	}
}

// prefetchAxis places a big result for the time axis before anyone asks,
// as the search index is built ahead, at the size the axis will have: the
// first t then draws it at once rather than "placing events…" (a tenth of
// a second per 100k rich events, on a goroutine that takes a core from the
// keys meanwhile) and laying out its lanes (15 ms). Only for the whole
// dataset (a partial one is soon replaced, and its placing would take a
// core from the load), once sized; not after a filter change, as the next
// key is likelier another letter than t.
func (m *Model) prefetchAxis() {
	if !m.sized || !m.load.whole() || !m.axisStale || m.result.Len() < m.ctx.backgroundFrom || m.query.running || m.query.waiting {
		return
	}
	w, h := m.axisSize()
	m.axis.setSize(w, h)
	m.refreshAxis()
}

// placeCmd hands Bubble Tea the placement on its way, once. Update calls
// it after every message. The events and actors are the explorer's
// current ones, which it replaces rather than changes.
func (m *Model) placeCmd() tea.Cmd {
	pl := &m.axis.placing
	if !pl.running || pl.launched {
		return nil
	}
	pl.launched = true
	ds, gen, ax, in := m.ctx.ds, pl.gen, m.axis.ax, pl.from
	return func() tea.Msg { return placedMsg{ds: ds, gen: gen, ax: ax.WithEvents(in.result.Events(), in.actors)} }
}

// placed takes a placement from a goroutine: shown if it is for the
// events as they are now, dropped if they (or the dataset) changed since.
func (m *Model) placed(msg placedMsg) {
	pl := &m.axis.placing
	if msg.ds != m.ctx.ds || msg.gen != pl.gen || !pl.running {
		return
	}
	pl.running = false
	m.axis.adopt(msg.ax, pl.from, m.timeline.selected())
	if m.layout.list == paneAxis {
		m.axis.selectEvent(m.current)
	}
}
