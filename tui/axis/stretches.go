package axis

import (
	"math"
	"slices"
	"sort"
)

// stretches are one kind of a lane's stretches (its ranges, its month
// spans or its ongoing runs): the events' positions, ascending, each
// one's last day (a run's is its until day), and those days sorted. They
// are counted, never walked: see cover.
type stretches struct {
	pos    []int32
	last   []day // last[j] is pos[j]'s
	sorted []day // last, ascending
	// runs: a run can be longer than longest (see place), so an event
	// before lo may still run into the window.
	runs bool
}

// laneStretches are a lane's ranges, month spans and runs, worked out
// when the lanes are chosen.
type laneStretches struct {
	ranges, months, runs stretches
}

func newStretches(lanes []lane, marks []mark) []laneStretches {
	out := make([]laneStretches, len(lanes))
	for k, l := range lanes {
		s := &out[k]
		s.runs.runs = true
		for _, i := range l.events {
			mk := &marks[i]
			switch mk.span {
			case glyphRange:
				s.ranges.add(i, mk.last)
			case glyphMonth:
				s.months.add(i, mk.last)
			}
			if mk.run {
				s.runs.add(i, mk.until)
			}
		}
		for _, ss := range []*stretches{&s.ranges, &s.months, &s.runs} {
			ss.sorted = slices.Clone(ss.last)
			slices.Sort(ss.sorted)
		}
	}
	return out
}

func (s *stretches) add(pos int, last day) {
	s.pos = append(s.pos, int32(pos))
	s.last = append(s.last, last)
}

// dayEdges are where each column's days start: day d is drawn in column
// c or after it when d >= days[c], for c in 0..pw (col never goes back in
// time). A leading break takes every day before the window, so days[0] is
// then the smallest day; past a trailing break no day reaches column pw.
func (p *plot) dayEdges() []day {
	days := make([]day, p.pw+1)
	before, after := p.m.from-1, p.m.to+1
	first, last := p.m.sc.col(before), p.m.sc.col(after) // at most 0, at least pw-1
	for c := range days {
		switch {
		case first >= c:
			days[c] = math.MinInt32
		case last < c:
			days[c] = math.MaxInt32
		default:
			n := sort.Search(int(after-before), func(n int) bool { return p.m.sc.col(before+1+day(n)) >= c })
			days[c] = before + 1 + day(n)
		}
	}
	return days
}

// cover writes lane k's row of one kind of stretch: how many cover each
// column, clipped to the plot, as a walk over them would find; the
// stretches are those of the events lo..hi-1,
// and, for runs (which can be longer than longest), of the events before
// them that run on into the window.
//
// It counts them instead. The stretches covering column c are those
// begun by c less those ended before it: the lane's before edges[c+1]
// less those whose last day is before days[c], two searches. An event at
// hi or after is in neither count (it begins after the window, and ends
// after it too). One before lo that ended before the window is in both,
// so it cancels out, as a stretch ending left of the plot does, except in
// column 0 when a leading break takes in every earlier day: there it is
// taken off (gone).
func (p *plot) cover(row []int32, k int, s *stretches, edges []int, days []day) {
	if len(s.pos) == 0 {
		return
	}
	gone := 0 // stretches before lo that ended before the window
	if days[0] == math.MinInt32 {
		gone = p.goneBefore(s)
	}
	at := k * p.pw
	begun, ended := 0, 0
	for c := range p.pw {
		begun = seek(s.pos, begun, int32(edges[c+1]))
		ended = seek(s.sorted, ended, days[c])
		row[at+c] = int32(begun - ended)
	}
	row[at] -= int32(gone)
}

// goneBefore counts the stretches of events before lo that ended before
// the window. A range or a month span is never longer than longest, so
// every one before lo did; for runs it is all that end before the window,
// less those of events from lo on (begun within longest days before it).
func (p *plot) goneBefore(s *stretches) int {
	if !s.runs {
		return seek(s.pos, 0, int32(p.lo))
	}
	n := seek(s.sorted, 0, p.m.from)
	for j := seek(s.pos, 0, int32(p.lo)); j < len(s.pos) && int(s.pos[j]) < p.hi; j++ {
		if p.m.marks[s.pos[j]].first >= p.m.from {
			break // this one and those after begin in the window
		}
		if s.last[j] < p.m.from {
			n--
		}
	}
	return n
}

// seek is the index of the first element from the from'th on that is at
// least x, in ascending s. It gallops from there: each column's answer
// is near the one before, and most columns move it by a few at most.
func seek[T int | int32](s []T, from int, x T) int {
	lo, hi, step := from, from, 1
	for hi < len(s) && s[hi] < x {
		lo, hi, step = hi+1, hi+step, 2*step
	}
	hi = min(hi, len(s))
	for lo < hi { // s[lo-1] < x, and s[hi] >= x unless hi is the end
		mid := int(uint(lo+hi) >> 1)
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
