package axis

import "sort"

// stretch is a range, a month span or an ongoing run as its lane draws
// it, from first to last (a run's last is its until day). A lane keeps
// its own apart from the marks: a window walks only these, in order,
// reading a few bytes each.
type stretch struct {
	pos         int32 // the event's position
	first, last day
}

// laneStretches are a lane's ranges, month spans and runs, each in the
// order of the events' positions, worked out when the lanes are chosen.
type laneStretches struct {
	ranges, months, runs []stretch
}

func newStretches(lanes []lane, marks []mark) []laneStretches {
	out := make([]laneStretches, len(lanes))
	for k, l := range lanes {
		s := &out[k]
		for _, i := range l.events {
			mk := &marks[i]
			switch mk.span {
			case glyphRange:
				s.ranges = append(s.ranges, stretch{int32(i), mk.first, mk.last})
			case glyphMonth:
				s.months = append(s.months, stretch{int32(i), mk.first, mk.last})
			}
			if mk.run {
				s.runs = append(s.runs, stretch{int32(i), mk.first, mk.until})
			}
		}
	}
	return out
}

// binSpans adds to lane k's row the spans of the events lo..hi-1.
func (p *plot) binSpans(row []int32, k int, spans []stretch) {
	for _, s := range spans[posAt(spans, p.lo):posAt(spans, p.hi)] {
		p.cover(row, k, s)
	}
}

// binRuns adds to lane k's row the runs of the events lo..hi-1 (a run may
// reach the window when its date does not), and those of events before
// them that run on into the window: a run can be longer than longest.
func (p *plot) binRuns(row []int32, k int, runs []stretch) {
	for _, s := range runs[:posAt(runs, p.hi)] {
		if int(s.pos) >= p.lo || s.last >= p.m.from {
			p.cover(row, k, s)
		}
	}
}

// cover adds stretch s to lane k's row where it falls in the plot: +1 at
// its first column, -1 after its last.
func (p *plot) cover(row []int32, k int, s stretch) {
	c0, c1, ok := p.clip(p.m.sc.col(s.first), p.m.sc.col(s.last))
	if !ok {
		return
	}
	at := k * (p.pw + 1)
	row[at+c0]++
	row[at+c1+1]--
}

// posAt is the index of the first stretch of an event at position pos or
// later.
func posAt(ss []stretch, pos int) int {
	return sort.Search(len(ss), func(j int) bool { return int(ss[j].pos) >= pos })
}
