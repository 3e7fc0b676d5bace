package axis

import (
	"sort"
	"time"
)

// A day is a date as a whole number of days since 1970-01-01.
type day = int32

func dayOf(t time.Time) day { return day(t.Unix() / 86400) }

func timeOf(d day) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// segment is a stretch of days drawn on cols columns from col0. Between
// two segments, and before or after them when time is cut there, a
// break column (≈) stands for a stretch left out.
type segment struct {
	from, to   day // inclusive
	col0, cols int
}

// scale maps days to the plot's columns: one segment for the full scale,
// several with breaks between them when long empty stretches collapse.
type scale struct {
	segs  []segment
	width int
}

// breakCols are the columns of the break glyphs, in order.
func (s scale) breakCols() []int {
	var out []int
	col := 0
	for _, g := range s.segs {
		if g.col0 > col {
			out = append(out, g.col0-1)
		}
		col = g.col0 + g.cols
	}
	if col < s.width {
		out = append(out, col)
	}
	return out
}

// col is the column of a day: -1 before the scale, width after it; a day
// in a cut stretch falls on its break column.
func (s scale) col(d day) int {
	if len(s.segs) == 0 || d < s.segs[0].from {
		if len(s.segs) > 0 && s.segs[0].col0 > 0 {
			return s.segs[0].col0 - 1 // the leading break
		}
		return -1
	}
	for i, g := range s.segs {
		if d <= g.to {
			if d < g.from { // in the break before g
				return g.col0 - 1
			}
			return g.col0 + int(int64(d-g.from)*int64(g.cols)/int64(g.to-g.from+1))
		}
		if i == len(s.segs)-1 {
			if end := g.col0 + g.cols; end < s.width {
				return end // the trailing break
			}
		}
	}
	return s.width
}

// fullScale is the window drawn evenly over width columns.
func fullScale(from, to day, width int) scale {
	return scale{segs: []segment{{from: from, to: to, col0: 0, cols: width}}, width: width}
}

// collapsedScale keeps the days near the given points (sorted, inside the
// window) and cuts each longer empty stretch to one break column. The
// points are where events start and end: a long range does not keep the
// stretch under it, its bar is drawn across the break. ok is false when
// nothing is long enough to cut.
func collapsedScale(from, to day, width int, points []day) (scale, bool) {
	span := int(to - from + 1)
	if width < 8 || span < 2 || len(points) == 0 {
		return scale{}, false
	}
	minGap := day(max(14, span/8))
	for ; ; minGap *= 2 {
		segs := keptStretches(from, to, points, minGap)
		breaks := countBreaks(segs, from, to)
		if breaks == 0 {
			return scale{}, false
		}
		if breaks <= width/8 && width-breaks >= 2*len(segs) {
			return layOut(segs, from, to, width), true
		}
	}
}

// keptStretches are the stretches of [from, to] within reach of a point:
// each point keeps a few days either side, and stretches closer than
// minGap join up.
func keptStretches(from, to day, points []day, minGap day) []segment {
	pad := max(1, minGap/8)
	var segs []segment
	for _, p := range points {
		lo, hi := max(from, p-pad), min(to, p+pad)
		if n := len(segs); n > 0 && lo-segs[n-1].to <= minGap {
			segs[n-1].to = max(segs[n-1].to, hi)
			continue
		}
		segs = append(segs, segment{from: lo, to: hi})
	}
	if len(segs) > 0 && segs[0].from-from <= minGap {
		segs[0].from = from
	}
	if n := len(segs); n > 0 && to-segs[n-1].to <= minGap {
		segs[n-1].to = to
	}
	return segs
}

// countBreaks counts the stretches of [from, to] the segments leave out.
func countBreaks(segs []segment, from, to day) int {
	n := 0
	prev := from - 1
	for _, g := range segs {
		if g.from > prev+1 {
			n++
		}
		prev = g.to
	}
	if prev < to {
		n++
	}
	return n
}

// layOut gives each segment columns in proportion to its days, at least
// two each, with a break column wherever days are cut.
func layOut(segs []segment, from, to day, width int) scale {
	free := width - countBreaks(segs, from, to) - 2*len(segs)
	days := 0
	for _, g := range segs {
		days += int(g.to - g.from + 1)
	}
	// Largest remainder, so the columns add up exactly.
	type share struct{ i, rem int }
	shares := make([]share, len(segs))
	given := 0
	for i := range segs {
		n := int(segs[i].to-segs[i].from+1) * free
		segs[i].cols = 2 + n/days
		given += n / days
		shares[i] = share{i, n % days}
	}
	sort.SliceStable(shares, func(a, b int) bool { return shares[a].rem > shares[b].rem })
	for k := 0; k < free-given; k++ {
		segs[shares[k%len(shares)].i].cols++
	}
	col := 0
	prev := from - 1
	for i := range segs {
		if segs[i].from > prev+1 {
			col++ // break column
		}
		segs[i].col0 = col
		col += segs[i].cols
		prev = segs[i].to
	}
	return scale{segs: segs, width: width}
}

// cutDays counts the days a scale leaves out of [from, to].
func (s scale) cutDays(from, to day) int {
	kept := 0
	for _, g := range s.segs {
		kept += int(g.to - g.from + 1)
	}
	return int(to-from+1) - kept
}
