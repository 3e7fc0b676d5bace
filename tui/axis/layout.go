package axis

import (
	"sort"

	"github.com/charmbracelet/lipgloss"
)

// gutterWidth is the undated gutter: a rule and "no date set".
const (
	undatedLabel = "no date set"
	gutterWidth  = 1 + len(undatedLabel)
	gutterSlots  = gutterWidth - 1 // the last holds every undated event after the others
)

// rows says which rows the axis has room for besides its lanes.
type rows struct {
	band, legend bool
	lanes        int
}

// fixedRows are always drawn: density, pointer, ticks, labels, event line.
const fixedRows = 5

func (m *Model) rows() rows {
	r := rows{band: len(m.ds.Phases) > 0}
	rest := m.height - fixedRows
	if r.band && rest >= 2 {
		rest--
	} else {
		r.band = false
	}
	if rest >= 3 {
		r.legend = true
		rest--
	}
	r.lanes = max(1, rest)
	return r
}

// labelWidth is the lane names' column: the longest name and its marker,
// within a fifth of the width.
func (m *Model) labelWidth() int {
	w := len(otherName)
	for _, l := range m.lanes {
		w = max(w, lipgloss.Width(l.name))
	}
	return max(6, min(w+2, 22, m.width/5))
}

// plotWidth is the columns left for time once the labels and the undated
// gutter have theirs.
func (m *Model) plotWidth() int {
	w := m.width - m.labelWidth() - 1
	if m.hasUndated() {
		w -= gutterWidth
	}
	return max(1, w)
}

// relayout chooses the lanes for the height, then the scale for the width.
func (m *Model) relayout() {
	m.forget()
	if room := m.rows().lanes; room != m.lanesFor { // a change of width keeps them
		m.lanes = chooseLanes(m.ds, m.cast, room)
		m.stretches = newStretches(m.lanes, m.marks)
		m.lanesFor = room
	}
	m.lane = min(m.lane, max(0, len(m.lanes)-1))
	m.followLane()
	if !m.scaleChosen {
		m.collapsed = m.gapsDominate()
	}
	m.rescale()
	m.draw()
}

// gapsDominate reports whether cutting long empty stretches would leave
// out more than half of the fitted range: then the collapsed scale is
// the better default.
func (m *Model) gapsDominate() bool {
	sc, ok := collapsedScale(m.fitFrom, m.fitTo, m.plotWidth(), m.points)
	return ok && 2*sc.cutDays(m.fitFrom, m.fitTo) > int(m.fitTo-m.fitFrom+1)
}

// rescale works out the scale for the window, collapsed when asked and
// when something is long enough to cut.
func (m *Model) rescale() {
	m.invalidate()
	w := m.plotWidth()
	if len(m.points) == 0 {
		m.sc = scale{width: w}
		return
	}
	if m.collapsed {
		lo := sort.Search(len(m.points), func(i int) bool { return m.points[i] >= m.from })
		hi := sort.Search(len(m.points), func(i int) bool { return m.points[i] > m.to })
		if sc, ok := collapsedScale(m.from, m.to, w, m.points[lo:hi]); ok {
			m.sc = sc
			return
		}
	}
	m.sc = fullScale(m.from, m.to, w)
}
