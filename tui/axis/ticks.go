package axis

import (
	"strconv"
	"time"
)

// tick is a marked column on the scale and the label that may stand there.
type tick struct {
	col   int
	day   day // the day the tick marks, which its label names
	label string
}

// unit is how finely a segment is ticked, chosen from its days per column
// so that labels have room: days, weeks, months or years.
type unit int

const (
	unitDay unit = iota
	unitWeek
	unitMonth
	unitYear
)

func unitFor(g segment) unit {
	perCol := float64(g.to-g.from+1) / float64(max(1, g.cols))
	switch {
	case perCol <= 0.34:
		return unitDay
	case perCol <= 2.5:
		return unitWeek
	case perCol <= 12:
		return unitMonth
	}
	return unitYear
}

// ticks marks each segment at its unit's boundaries (every day; the 1st,
// 8th, 15th and 22nd; each month; each year). Every stretch between
// breaks says where it is: its first tick names the month, and a segment
// whose start is far from its first tick is labelled at its start too. The year stands left of the labels
// (see labelRow) and on each tick of 1 January.
func ticks(s scale) []tick {
	var out []tick
	for _, g := range s.segs {
		u := unitFor(g)
		first := len(out)
		for d := g.from; d <= g.to; d++ {
			t := timeOf(d)
			if marks(u, t) {
				out = append(out, tick{col: s.col(d), day: d, label: label(u, t, false)})
			}
		}
		switch {
		case len(out) == first || out[first].col-g.col0 > g.cols/3:
			lead := tick{col: g.col0, day: g.from, label: label(min(u, unitMonth), timeOf(g.from), true)}
			out = append(out[:first], append([]tick{lead}, out[first:]...)...)
		default: // the first tick names its month: "24 Apr", not "24". It
			// names its own day: its column may begin in the year before.
			out[first].label = label(u, timeOf(out[first].day), true)
		}
	}
	return out
}

func marks(u unit, t time.Time) bool {
	switch u {
	case unitDay:
		return true
	case unitWeek:
		return t.Day() == 1 || t.Day() == 8 || t.Day() == 15 || t.Day() == 22
	case unitMonth:
		return t.Day() == 1
	}
	return t.Day() == 1 && t.Month() == time.January
}

// label names a tick: "5", "1 Sep", "8 Sep", "Sep", "2018". full asks for
// the day and month even at day scale, for a segment's first column.
func label(u unit, t time.Time, full bool) string {
	switch u {
	case unitDay, unitWeek:
		if t.Day() == 1 && t.Month() == time.January {
			return t.Format("2 Jan 2006")
		}
		if t.Day() == 1 || full || u == unitWeek {
			return t.Format("2 Jan")
		}
		return strconv.Itoa(t.Day())
	case unitMonth:
		if t.Month() == time.January {
			return t.Format("Jan 2006")
		}
		return t.Format("Jan")
	}
	return t.Format("2006")
}
