package axis

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"parley/internal/words"
	"parley/tui/internal/cells"
)

// plot draws the rows of one frame: a label column of lw, the plot of pw
// columns, a rule, and the undated gutter when some events have no date.
type plot struct {
	m       *Model
	lw, pw  int
	related []int // positions of the selected event's related events, a few at most
	starred []int // positions of the events the reader marked
	ticks   []tick
	names   []string // the lanes' names as the label column shows them (laneLabels)
	// The dated events that reach into the window are lo..hi-1. Their
	// columns are worked out where needed (see cols): the bins are found
	// without placing each event (see bin).
	lo, hi int
	bins   *bins
}

// newPlot finds the events reaching into the window. Its related events
// are the frame's to set (see draw).
func newPlot(m *Model, lw, pw int) *plot {
	p := &plot{m: m, lw: lw, pw: pw, ticks: ticks(m.sc), names: laneLabels(m.lanes, lw-2)}
	if len(m.sc.segs) == 0 {
		return p
	}
	// Events are in order of their first day: those starting in the window
	// end at hi, and none starting more than the longest span before it
	// can reach it.
	marks := m.marks[:m.dated]
	p.lo = sort.Search(len(marks), func(i int) bool { return marks[i].first >= m.from-m.longest })
	p.hi = sort.Search(len(marks), func(i int) bool { return marks[i].first > m.to })
	p.hi = max(p.lo, p.hi)
	return p
}

// clip clips columns c0..c1 to the plot; ok is false when they miss it.
func (p *plot) clip(c0, c1 int) (int, int, bool) {
	if c1 < 0 || c0 >= p.pw {
		return 0, 0, false
	}
	return max(0, c0), min(p.pw-1, c1), true
}

// row starts a line with its label column and the rule after it.
func (p *plot) row(label string, st uint8, rule rune) line {
	l := newLine(p.m.width)
	l.put(0, cells.Fit(label, p.lw), st)
	l[p.lw] = cell{rule, stDim}
	return l
}

// at is a plot column's place in the line.
func (p *plot) at(col int) int { return p.lw + 1 + col }

// gutter is where the undated gutter starts, -1 without one.
func (p *plot) gutter() int {
	if !p.m.hasUndated() {
		return -1
	}
	return p.lw + 1 + p.pw
}

// cols is a dated event's first and last column, clipped to the plot;
// ok is false when it lies wholly outside the window. started is false
// when it began before the window, so only its span shows.
func (p *plot) cols(i int) (c0, c1 int, started, ok bool) {
	if i < p.lo || i >= p.hi {
		return 0, 0, false, false
	}
	mk := &p.m.marks[i]
	first := p.m.sc.col(mk.first)
	last := first
	if mk.span != 0 {
		last = p.m.sc.col(mk.last)
	}
	c0, c1, ok = p.clip(first, last)
	return c0, c1, ok && first >= 0, ok
}

func (p *plot) breaks(l line, r rune) {
	for _, c := range p.m.sc.breakCols() {
		if c >= 0 && c < p.pw {
			l[p.at(c)] = cell{r, stDim}
		}
	}
}

// bandRow draws each phase as ├─ title ─┤ over its days.
func (p *plot) bandRow() line {
	l := p.row("phases", stLabel, ' ')
	for _, ph := range p.m.ds.Phases {
		c0, c1 := p.m.sc.col(dayOf(ph.Start)), p.m.sc.col(dayOf(ph.End))
		if c1 < 0 || c0 >= p.pw || len(p.m.sc.segs) == 0 {
			continue
		}
		for c := max(0, c0); c <= min(p.pw-1, c1); c++ {
			l[p.at(c)] = cell{'─', stBand}
		}
		if c0 >= 0 {
			l[p.at(c0)] = cell{'├', stBand}
		}
		if c1 < p.pw {
			l[p.at(c1)] = cell{'┤', stBand}
		}
		from, room := max(0, c0)+1, min(p.pw-1, c1)-max(0, c0)-1
		if room >= 3 {
			l.put(p.at(from), cells.Cut(" "+ph.Title+" ", room), stBand)
		}
	}
	return l
}

// densityRow is the number of events starting in each column, as bars of
// eight heights; the gutter's first cell counts the undated events.
func (p *plot) densityRow() line {
	l := p.row("events", stLabel, ' ')
	undated, most := int32(len(p.m.events)-p.m.dated), int32(0)
	for _, n := range p.bins.density {
		most = max(most, n)
	}
	most = max(most, undated)
	bar := func(n int32) rune {
		if n == 0 {
			return ' '
		}
		return []rune("▁▂▃▄▅▆▇█")[min(7, (n*8-1)/most)]
	}
	for c, n := range p.bins.density {
		l[p.at(c)] = cell{bar(n), stDim}
	}
	p.breaks(l, glyphCut)
	if g := p.gutter(); g >= 0 {
		l[g] = cell{'┊', stDim}
		l[g+1] = cell{bar(undated), stDim}
	}
	return l
}

// laneRow draws one lane as it is whatever is selected: each event's
// status glyph at its first column, a range's bar or a month's light span
// after it, a digit where several start in one column. Each undated event
// has its own gutter column in every lane, so the pointer row can point at
// it; the last holds the rest. decorate marks the selection on a copy.
func (p *plot) laneRow(k int) line {
	ln := p.m.lanes[k]
	l := p.row("  "+p.names[k], stLabel, '│')
	evs := ln.events
	b := p.bins
	p.breaks(l, glyphCutLane)
	for c := 0; c < p.pw; c++ {
		r, mo, on := b.ranges[k*p.pw+c], b.months[k*p.pw+c], b.runs[k*p.pw+c]
		switch n := b.count[k*p.pw+c]; {
		case n > 1:
			l[p.at(c)] = cell{countGlyph(int(n)), stNone}
		case n == 1:
			l[p.at(c)] = cell{b.glyph[k*p.pw+c], stNone}
		case r > 0:
			l[p.at(c)] = cell{glyphRange, stNone}
		case mo > 0:
			l[p.at(c)] = cell{glyphMonth, stNone}
		case on > 0: // the least precise line gives way to the others
			l[p.at(c)] = cell{glyphRun, stNone}
		}
	}
	if g := p.gutter(); g >= 0 {
		l[g] = cell{'┊', stDim}
		for _, i := range evs[sort.SearchInts(evs, p.m.dated):] {
			slot := p.m.slot[i]
			c := g + 1 + slot
			if l[c].r != ' ' {
				l[c] = cell{glyphMore, stNone}
				if slot == gutterSlots-1 {
					break // the rest share the last slot, which says so already
				}
			} else {
				l[c] = cell{p.m.marks[i].glyph, stNone}
			}
		}
	}
	return l
}

// decorate marks, on a copy of lane k's line, the lane with the selection
// (▶) and the cells of the selected event and of its related events.
func (p *plot) decorate(base line, k int) line {
	l := append(line(nil), base...)
	if k == p.m.lane {
		l.put(0, cells.Fit("▶ "+p.names[k], p.lw), stCurrent)
	}
	mark := func(i int, st uint8) {
		if !p.m.inLane(k, i) {
			return
		}
		at := -1
		if !p.m.marks[i].dated {
			if g := p.gutter(); g >= 0 {
				at = g + 1 + p.m.slot[i]
			}
		} else if c0, _, started, ok := p.cols(i); ok && started {
			at = p.at(c0)
		}
		if at >= 0 && rank(st) > rank(l[at].st) {
			l[at].st = st
		}
	}
	for _, i := range p.related {
		mark(i, stRelated)
	}
	if p.m.sel >= 0 && k == p.m.lane {
		mark(p.m.sel, stSelected)
	}
	return l
}

// rank orders marks sharing a cell: the selected one shows first.
func rank(st uint8) int {
	switch st {
	case stSelected:
		return 2
	case stRelated:
		return 1
	}
	return 0
}

func countGlyph(n int) rune {
	if n > 9 {
		return glyphMore
	}
	return rune('0' + n)
}

// pointerRow points ▲ at the selected event, ★ at the marked ones and △
// at its related ones (where not marked), in the plot or at their place in
// the undated gutter.
func (p *plot) pointerRow() line {
	l := p.row("", stNone, '│')
	point := func(i int, r rune, st uint8) {
		if p.m.marks[i].dated {
			if c0, _, started, ok := p.cols(i); ok && started {
				if l[p.at(c0)].r != glyphSelected {
					l[p.at(c0)] = cell{r, st}
				}
			}
			return
		}
		if g := p.gutter(); g >= 0 && l[g+1+p.m.slot[i]].r != glyphSelected {
			l[g+1+p.m.slot[i]] = cell{r, st}
		}
	}
	for _, i := range p.related {
		point(i, glyphRelated, stRelated)
	}
	for _, i := range p.starred { // the reader's own mark shows over a relation
		point(i, glyphMarked, stCurrent)
	}
	if p.m.sel >= 0 {
		point(p.m.sel, glyphSelected, stSelected)
	}
	if g := p.gutter(); g >= 0 {
		l[g] = cell{'┊', stDim}
	}
	return l
}

// tickRow is the scale's rule: ┬ at each tick, ≈ at each cut.
func (p *plot) tickRow() line {
	l := p.row("", stNone, '└')
	for c := 0; c < p.pw; c++ {
		l[p.at(c)] = cell{'─', stDim}
	}
	for _, t := range p.ticks {
		if t.col >= 0 && t.col < p.pw {
			l[p.at(t.col)] = cell{'┬', stDim}
		}
	}
	p.breaks(l, glyphCut)
	if g := p.gutter(); g >= 0 {
		l[g] = cell{'┴', stDim}
		for c := g + 1; c < len(l); c++ {
			l[c] = cell{'─', stDim}
		}
	}
	return l
}

// labelRow writes the tick labels that fit without touching each other,
// and where the lane names stand the year the scale starts in, unless
// the first label already names it ("1989  1989 1995" says it twice).
func (p *plot) labelRow() line {
	var shown []tick
	next := 0 // the first plot column free for a label
	for _, t := range p.ticks {
		w := lipgloss.Width(t.label)
		if t.col < next || t.col < 0 || t.col+w > p.pw {
			continue
		}
		shown = append(shown, t)
		next = t.col + w + 1
	}
	year := ""
	if len(p.m.sc.segs) > 0 {
		year = strconv.Itoa(timeOf(p.m.sc.segs[0].from).Year())
	}
	if len(shown) > 0 && strings.HasSuffix(shown[0].label, year) {
		year = ""
	}
	l := p.row(year, stDim, ' ')
	for _, t := range shown {
		l.put(p.at(t.col), t.label, stDim)
	}
	if g := p.gutter(); g >= 0 {
		l.put(g+1, undatedLabel, stDim)
	}
	return l
}

// eventRow names the selected event: date, title, status, lane.
func (p *plot) eventRow() line {
	l := newLine(p.m.width)
	e := p.m.Selected()
	if e == nil {
		return l
	}
	title := e.Title
	if p.m.marked[e.ID] {
		title = "★ " + title
	}
	s := fmt.Sprintf("▲ %s · %s · %s", e.Date.Display(), title, e.Status)
	if n := len(p.related); n > 0 {
		s += " · " + words.Thousands(n) + " related △"
	}
	l.put(0, cells.Fit(s, p.m.width), stNone)
	return l
}

// legendRow says what c does now (first: it is cut last), that ★ marks
// the reader's marked events when there are any, and what the glyphs mean.
func (p *plot) legendRow() line {
	l := newLine(p.m.width)
	scale := "c: collapse gaps"
	if p.m.collapsed {
		scale = "c: full scale"
	}
	if len(p.starred) > 0 { // before the glyphs, which are cut first
		scale += " · ★ marked"
	}
	statuses := "● occurred ◐·· ongoing ○ to come ✕ cancelled"
	if p.m.unstated { // only imported datasets have it: no room taken otherwise
		statuses += " ◌ not stated"
	}
	s := scale + " · " + statuses + " ━ range ┄ month ≈ cut △ related"
	l.put(0, cells.Fit(s, p.m.width), stDim)
	return l
}
