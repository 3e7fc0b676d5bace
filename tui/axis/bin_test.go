package axis

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"parley/bench/gen"
	"parley/model"
)

// walkBins is the plain definition of what bin leaves: every event of
// the window, in order, placed in each of its shown lanes, each span
// and run +1 at its first column and -1 after its last, summed along
// each lane at the end. bin must give the same without walking them all.
func walkBins(p *plot, shown int) *bins {
	pw := p.pw
	b := &bins{
		pw: pw, count: make([]int32, shown*pw), glyph: make([]rune, shown*pw),
		ranges: make([]int32, shown*(pw+1)), months: make([]int32, shown*(pw+1)), runs: make([]int32, shown*(pw+1)),
		density: make([]int32, pw),
	}
	defer func() { b.ranges, b.months, b.runs = covered(b.ranges, pw), covered(b.months, pw), covered(b.runs, pw) }()
	lanesOf := make([][]int, len(p.m.events))
	for k, l := range p.m.lanes {
		for _, i := range l.events {
			lanesOf[i] = append(lanesOf[i], k)
		}
	}
	run := func(i int) {
		mk := &p.m.marks[i]
		c0, c1 := p.m.sc.col(mk.first), p.m.sc.col(mk.until)
		if c1 < 0 || c0 >= pw {
			return
		}
		c0, c1 = max(0, c0), min(pw-1, c1)
		for _, k := range lanesOf[i] {
			if k < shown {
				b.runs[k*(pw+1)+c0]++
				b.runs[k*(pw+1)+c1+1]--
			}
		}
	}
	for i := range p.lo { // runs can be longer than longest
		if mk := &p.m.marks[i]; mk.run && mk.until >= p.m.from {
			run(i)
		}
	}
	for i := p.lo; i < p.hi; i++ {
		mk := &p.m.marks[i]
		if mk.run {
			run(i)
		}
		c0, c1, started, ok := walkCols(p, i)
		if !ok {
			continue
		}
		if started {
			b.density[c0]++
		}
		for _, k := range lanesOf[i] {
			if k >= shown {
				continue
			}
			row := k * (pw + 1)
			switch mk.span {
			case glyphRange:
				b.ranges[row+c0]++
				b.ranges[row+c1+1]--
			case glyphMonth:
				b.months[row+c0]++
				b.months[row+c1+1]--
			}
			if started {
				at := k*pw + c0
				if b.count[at]++; b.count[at] == 1 {
					b.glyph[at] = mk.glyph
				}
			}
		}
	}
	return b
}

// covered sums rows of +1/-1 marks (pw+1 wide) along each row: how many
// stretches cover each column (pw wide).
func covered(marks []int32, pw int) []int32 {
	out := make([]int32, 0, len(marks)/(pw+1)*pw)
	for row := 0; row < len(marks); row += pw + 1 {
		n := int32(0)
		for _, d := range marks[row : row+pw] {
			n += d
			out = append(out, n)
		}
	}
	return out
}

// walkCols is event i's first and last columns as the scale gives them,
// clipped to the plot, for events lo..hi-1 only.
func walkCols(p *plot, i int) (c0, c1 int, started, ok bool) {
	if i < p.lo || i >= p.hi {
		return 0, 0, false, false
	}
	mk := &p.m.marks[i]
	c0 = p.m.sc.col(mk.first)
	c1 = c0
	if mk.span != 0 {
		c1 = p.m.sc.col(mk.last)
	}
	if c1 < 0 || c0 >= p.pw {
		return 0, 0, false, false
	}
	return max(0, c0), min(p.pw-1, c1), c0 >= 0, true
}

// walkGutter is lane k's undated gutter as placing each of its undated
// events in its slot leaves it: a glyph, or + where several share one.
func walkGutter(p *plot, k int) []cell {
	l := newLine(gutterSlots)
	for _, i := range p.m.lanes[k].events {
		if i < p.m.dated {
			continue
		}
		c := p.m.slot[i]
		if l[c].r != ' ' {
			l[c] = cell{glyphMore, stNone}
		} else {
			l[c] = cell{p.m.marks[i].glyph, stNone}
		}
	}
	return l
}

func cellRunes(l []cell) []rune {
	out := make([]rune, len(l))
	for i, c := range l {
		out[i] = c.r
	}
	return out
}

// binCase is one set of events on the axis for the equivalence test.
type binCase struct {
	name   string
	ds     *model.Dataset
	events []*model.Event
}

func binCases(t *testing.T) []binCase {
	emb := embedded(t)
	cases := []binCase{{"embedded", emb, emb.Query(model.Filter{})}}
	for _, p := range []gen.Params{gen.Sized(3000), gen.RichSized(3000)} {
		ld, err := gen.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		ds := ld.Safe
		shape := "lean"
		if p.Rich {
			shape = "rich"
		}
		cases = append(cases, binCase{shape, ds, ds.Events})
		// Events in a few short stretches years apart (and the undated
		// ones): the collapsed scale cuts the years between, so windows
		// have leading and trailing breaks.
		var clustered []*model.Event
		for _, e := range ds.Events {
			if !e.Date.Dated() {
				clustered = append(clustered, e)
				continue
			}
			if first, _ := e.Date.Span(); first.YearDay() < 40 && first.Year()%4 == 1 {
				clustered = append(clustered, e)
			}
		}
		cases = append(cases, binCase{shape + "-clustered", ds, clustered})
	}
	return cases
}

// The bins a fresh window is drawn from are those of walking every event
// in it, field by field, over many windows: fitted, zoomed in and out,
// panned to both ends, either scale, at widths of 40 to 200 and heights
// showing few and many lanes, on generated and embedded events.
func TestBinsAreThoseOfWalkingTheWindow(t *testing.T) {
	seen := map[string]int{}
	for _, bc := range binCases(t) {
		for _, sz := range [][2]int{{40, 8}, {64, 14}, {90, 24}, {120, 40}, {160, 60}, {200, 30}} {
			m := New(bc.ds, DefaultKeyMap(), Styles{})
			m.SetSize(sz[0], sz[1])
			m.SetEvents(bc.events, nil)
			r := rand.New(rand.NewPCG(uint64(sz[0]), uint64(sz[1])))
			keys := []string{"+", "+", "+", "-", "l", "h", "L", "H", "G", "g", "c", "=", "j", "k"}
			for step := range 80 {
				if step%20 == 19 {
					onEventDays(t, &m, bc.name, r, seen)
				}
				k := keys[r.IntN(len(keys))]
				switch k {
				case "L", "H": // a long pan: many steps one way
					for range 1 + r.IntN(40) {
						m, _ = press(m, map[string]string{"L": "l", "H": "h"}[k])
					}
				default:
					m, _ = press(m, k)
				}
				where := fmt.Sprintf("%s %dx%d step %d (%q) window %d..%d collapsed=%v", bc.name, sz[0], sz[1], step, k, m.from, m.to, m.collapsed)
				checkBins(t, &m, where, seen)
			}
		}
	}
	t.Logf("windows seen: %v", seen)
	// The cases the windows must have reached, or the test proves less
	// than it says.
	for _, want := range []string{"collapsed", "full", "leading break", "trailing break", "early event in the leading break", "early run", "run ended before the window", "run ended before the window, at a leading break", "span ended before the window", "full gutter", "few lanes", "many lanes"} {
		if seen[want] == 0 {
			t.Errorf("no window had %s: %v", want, seen)
		}
	}
}

// onEventDays checks windows that start or end on an event's own days, a
// day either side, where an off-by-one in a day comparison shows.
func onEventDays(t *testing.T, m *Model, name string, r *rand.Rand, seen map[string]int) {
	t.Helper()
	from, to, collapsed := m.from, m.to, m.collapsed
	for range 6 {
		mk := m.marks[r.IntN(max(1, m.dated))]
		if !mk.dated {
			return
		}
		n := day(1 + r.IntN(int(to-from+1)))
		for _, d := range []day{mk.first, mk.last, mk.until} {
			for _, at := range []day{d - 1, d, d + 1} {
				for _, w := range [][2]day{{at, at + n}, {at - n, at}} {
					m.from, m.to, m.collapsed = w[0], w[1], r.IntN(2) == 0
					m.rescale()
					checkBins(t, m, fmt.Sprintf("%s window %d..%d on an event's day collapsed=%v", name, m.from, m.to, m.collapsed), seen)
				}
			}
		}
	}
	m.from, m.to, m.collapsed = from, to, collapsed
	m.rescale()
	m.draw()
}

func checkBins(t *testing.T, m *Model, where string, seen map[string]int) {
	t.Helper()
	p := newPlot(m, m.labelWidth(), m.plotWidth())
	shown := min(len(m.lanes), m.rows().lanes)
	got, want := p.bin(shown), walkBins(p, shown)
	for _, f := range []struct {
		name      string
		got, want []int32
	}{
		{"density", got.density, want.density}, {"count", got.count, want.count},
		{"ranges", got.ranges, want.ranges}, {"months", got.months, want.months}, {"runs", got.runs, want.runs},
	} {
		if !slices.Equal(f.got, f.want) {
			t.Fatalf("%s: %s\n got %v\nwant %v", where, f.name, f.got, f.want)
		}
	}
	if !slices.Equal(got.glyph, want.glyph) {
		t.Fatalf("%s: glyph\n got %q\nwant %q", where, string(got.glyph), string(want.glyph))
	}
	for i := range m.events {
		a0, a1, as, aok := p.cols(i)
		b0, b1, bs, bok := walkCols(p, i)
		if a0 != b0 || a1 != b1 || as != bs || aok != bok {
			t.Fatalf("%s: event %d's columns %d..%d %v %v, want %d..%d %v %v", where, i, a0, a1, as, aok, b0, b1, bs, bok)
		}
	}
	p.bins = got
	if g := p.gutter(); g >= 0 {
		for k := range shown {
			l, want := p.laneRow(k), walkGutter(p, k)
			if !slices.Equal(l[g+1:], want) {
				t.Fatalf("%s: lane %d's gutter %v, want %v", where, k, l[g+1:], want)
			}
			seen["full gutter"] += min(1, strings.Count(string(cellRunes(want)), string(glyphMore)))
		}
	}
	note := func(what string, ok bool) {
		if ok {
			seen[what]++
		}
	}
	segs := m.sc.segs
	note("collapsed", len(segs) > 1)
	note("full", len(segs) == 1)
	note("few lanes", shown > 0 && shown <= 3)
	note("many lanes", shown >= 20)
	if len(segs) > 0 {
		note("leading break", segs[0].col0 > 0)
		note("trailing break", segs[len(segs)-1].col0+segs[len(segs)-1].cols < m.sc.width)
		for i := p.lo; i < p.hi && segs[0].col0 > 0; i++ {
			note("early event in the leading break", m.marks[i].first < m.from)
		}
	}
	for i := range p.lo {
		note("early run", m.marks[i].run && m.marks[i].until >= m.from)
		note("run ended before the window", m.marks[i].run && m.marks[i].until < m.from)
		note("run ended before the window, at a leading break", m.marks[i].run && m.marks[i].until < m.from && len(segs) > 0 && segs[0].col0 > 0)
	}
	for i := p.lo; i < p.hi; i++ {
		note("span ended before the window", m.marks[i].span != 0 && m.marks[i].last < m.from)
	}
}
