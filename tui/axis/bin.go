package axis

import "sort"

// bins are the lanes' columns as the events in the window leave them: in
// each lane and column, the events starting there (their count and the
// first one's glyph) and the ranges, month spans and runs covering it.
type bins struct {
	pw             int
	count          []int32 // lane k, column c at k*pw+c
	glyph          []rune
	ranges, months []int32 // how many of a lane's spans cover each column (at k*pw+c)
	runs           []int32 // the same for ongoing events' runs to publication
	density        []int32 // events starting in each column, all lanes
}

// bin places the dated events reaching into the window (p.lo..p.hi-1,
// and the runs that began before it) in the first shown lanes, walking
// none of them. The events are in order of their first day and a later
// day is never in an earlier column, so the events starting in one
// column are one stretch of positions, found by binary search, and so
// are a lane's; its spans and runs are counted (see cover). The cost is
// the lanes times the columns times a search.
func (p *plot) bin(shown int) *bins {
	pw := p.pw
	b := &bins{
		pw: pw, count: make([]int32, shown*pw), glyph: make([]rune, shown*pw),
		ranges: make([]int32, shown*pw), months: make([]int32, shown*pw), runs: make([]int32, shown*pw),
		density: make([]int32, pw),
	}
	days := p.dayEdges()
	edges := p.columnEdges(days)
	for c := range pw {
		b.density[c] = int32(edges[c+1] - edges[c])
	}
	for k := range shown {
		p.binStarts(b, k, edges)
		s := &p.m.stretches[k]
		p.cover(b.ranges, k, &s.ranges, edges, days)
		p.cover(b.months, k, &s.months, edges, days)
		p.cover(b.runs, k, &s.runs, edges, days)
	}
	return b
}

// columnEdges are where each column's events start: the events whose
// first column is c are edges[c]..edges[c+1]-1, for c in 0..pw-1. Those
// before edges[0] start left of the plot (only their spans show).
func (p *plot) columnEdges(days []day) []int {
	edges := make([]int, p.pw+1)
	from := p.lo
	for c := range edges {
		from += sort.Search(p.hi-from, func(n int) bool { return p.m.marks[from+n].first >= days[c] })
		edges[c] = from
	}
	return edges
}

// binStarts counts lane k's events starting in each column and keeps the
// first one's glyph: the lane's positions between two edges.
func (p *plot) binStarts(b *bins, k int, edges []int) {
	evs := p.m.lanes[k].events
	j := seek(evs, 0, edges[0])
	for c := range p.pw {
		if edges[c+1] == edges[c] {
			continue // nothing starts there in any lane
		}
		next := seek(evs, j, edges[c+1])
		if n := next - j; n > 0 {
			b.count[k*p.pw+c] = int32(n)
			b.glyph[k*p.pw+c] = p.m.marks[evs[j]].glyph
		}
		j = next
	}
}
