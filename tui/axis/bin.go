package axis

// bins are the lanes' columns as one pass over the events in the window
// leaves them: in each lane and column, the events starting there (their
// count and the first one's glyph) and the ranges and month spans covering
// it. One pass over the events, in order, touching each event's lanes:
// reading lane by lane would jump through the events once per lane.
type bins struct {
	pw             int
	count          []int32 // lane k, column c at k*pw+c
	glyph          []rune
	ranges, months []int32 // +1 where a span starts, -1 after it ends, per lane (pw+1 wide)
	runs           []int32 // the same for ongoing events' runs to publication
	density        []int32 // events starting in each column, all lanes
}

// laneIndex maps each event to the lanes it is drawn in, worked out when
// the lanes are chosen: of[i] lists the lanes of event i.
type laneIndex struct {
	start []int32 // event i's lanes are lane[start[i]:start[i+1]]
	lane  []int16
}

func newLaneIndex(lanes []lane, events int) laneIndex {
	x := laneIndex{start: make([]int32, events+1)}
	for _, l := range lanes {
		for _, i := range l.events {
			x.start[i+1]++
		}
	}
	for i := 1; i <= events; i++ {
		x.start[i] += x.start[i-1]
	}
	x.lane = make([]int16, x.start[events])
	next := append([]int32(nil), x.start[:events]...)
	for k, l := range lanes {
		for _, i := range l.events {
			x.lane[next[i]] = int16(k)
			next[i]++
		}
	}
	return x
}

func (x laneIndex) of(i int) []int16 { return x.lane[x.start[i]:x.start[i+1]] }

// bin places the dated events reaching into the window (p.lo..p.hi-1,
// and the runs in p.early) in the first shown lanes.
func (p *plot) bin(shown int) *bins {
	pw := p.pw
	b := &bins{
		pw: pw, count: make([]int32, shown*pw), glyph: make([]rune, shown*pw),
		ranges: make([]int32, shown*(pw+1)), months: make([]int32, shown*(pw+1)), runs: make([]int32, shown*(pw+1)),
		density: make([]int32, pw),
	}
	for _, i := range p.early {
		p.binRun(b, i, shown)
	}
	for i := p.lo; i < p.hi; i++ {
		mk := &p.m.marks[i]
		if mk.run {
			p.binRun(b, i, shown) // before cols: the run may reach the window when the date does not
		}
		c0, c1, started, ok := p.cols(i)
		if !ok {
			continue
		}
		if started {
			b.density[c0]++
		}
		for _, k := range p.m.laneIdx.of(i) {
			if int(k) >= shown {
				continue
			}
			row := int(k) * (pw + 1)
			switch mk.span {
			case glyphRange:
				b.ranges[row+c0]++
				b.ranges[row+c1+1]--
			case glyphMonth:
				b.months[row+c0]++
				b.months[row+c1+1]--
			}
			if started {
				at := int(k)*pw + c0
				if b.count[at]++; b.count[at] == 1 {
					b.glyph[at] = mk.glyph
				}
			}
		}
	}
	return b
}

// binRun adds ongoing event i's run to its lanes' runs, when it reaches
// into the window.
func (p *plot) binRun(b *bins, i, shown int) {
	c0, c1, ok := p.runCols(i)
	if !ok {
		return
	}
	for _, k := range p.m.laneIdx.of(i) {
		if int(k) < shown {
			row := int(k) * (p.pw + 1)
			b.runs[row+c0]++
			b.runs[row+c1+1]--
		}
	}
}
