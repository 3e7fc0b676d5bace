package axis

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"parley/model"
	"parley/tui/internal/cells"
	"parley/tui/internal/ink"
)

// The glyphs: status by shape, precision by the span's line, so the axis
// reads the same without colour.
const (
	glyphOccurred  = '●'
	glyphOngoing   = '◐' // began, not ended at publication
	glyphToCome    = '○' // scheduled, expected or planned
	glyphCancelled = '✕'
	glyphUnstated  = '◌' // imported without a status: neither past nor to come
	glyphRange     = '━' // a known first and last day
	glyphMonth     = '┄' // a month or a part of one
	glyphRun       = '·' // ongoing: on from its start to its source's publication
	glyphCut       = '≈' // a stretch left out (collapsed scale)
	glyphCutLane   = '┆'
	glyphSelected  = '▲'
	glyphRelated   = '△'
	glyphMarked    = '★' // an event the reader marked
	glyphMore      = '+'
)

func statusGlyph(s model.Status) rune {
	switch s {
	case model.StatusOccurred:
		return glyphOccurred
	case model.StatusOngoing:
		return glyphOngoing
	case model.StatusCancelled:
		return glyphCancelled
	case model.StatusUnstated:
		return glyphUnstated
	}
	return glyphToCome
}

func spanGlyph(p model.Precision) rune {
	switch p {
	case model.PrecisionRange:
		return glyphRange
	case model.PrecisionMonth:
		return glyphMonth
	}
	return 0
}

// style ids for cells; see Model.style.
const (
	stNone uint8 = iota
	stDim
	stSelected
	stRelated
	stBand
	stLabel
	stCurrent
)

type cell struct {
	r  rune
	st uint8
}

// line is one row being drawn, a cell per column.
type line []cell

func newLine(w int) line {
	l := make(line, w)
	for i := range l {
		l[i] = cell{' ', stNone}
	}
	return l
}

// put writes s from column at, cut at the line's end; it returns the
// column after it. A wide rune takes two cells, the second left empty
// (rune 0) so the line keeps its width; a zero-width one is dropped.
func (l line) put(at int, s string, st uint8) int {
	if lipgloss.Width(s) == utf8.RuneCountInString(s) { // a cell a rune, the usual case: measured once
		for _, r := range s {
			if at < 0 || at >= len(l) {
				break
			}
			l[at] = cell{r, st}
			at++
		}
		return at
	}
	for _, r := range s {
		w := lipgloss.Width(string(r))
		if at < 0 || at+w > len(l) {
			break
		}
		switch w {
		case 1:
			l[at] = cell{r, st}
		case 2:
			l[at], l[at+1] = cell{r, st}, cell{0, st}
		}
		at += w
	}
	return at
}

func (m *Model) style(st uint8) ink.Ink {
	switch st {
	case stDim:
		return m.styles.Dim
	case stSelected:
		return m.styles.Selected
	case stRelated:
		return m.styles.Related
	case stBand:
		return m.styles.Band
	case stLabel:
		return m.styles.Label
	case stCurrent:
		return m.styles.Current
	}
	return ink.Plain
}

// render joins a line's cells, each run of a style drawn in it: between
// the style's codes where it only colours (see ink), rather than through
// lipgloss for each of a frame's hundreds of runs.
func (m *Model) render(l line) string {
	var b strings.Builder
	b.Grow(len(l) * 3)
	for i := 0; i < len(l); {
		j := i
		for j < len(l) && l[j].st == l[i].st {
			j++
		}
		st := m.style(l[i].st)
		if on, off, ok := st.Codes(); ok {
			b.WriteString(on)
			writeRunes(&b, l[i:j])
			b.WriteString(off)
		} else {
			var run strings.Builder
			writeRunes(&run, l[i:j])
			b.WriteString(st.Render(run.String()))
		}
		i = j
	}
	return b.String()
}

// writeRunes writes the cells' runes, leaving out the second halves of
// wide ones.
func writeRunes(b *strings.Builder, l line) {
	for _, c := range l {
		if c.r != 0 {
			b.WriteRune(c.r)
		}
	}
}

// draw renders the frame View returns.
func (m *Model) draw() {
	if m.width <= 0 || m.height <= 0 {
		m.frame = ""
		return
	}
	if m.width < MinWidth || m.height < MinHeight {
		m.frame = m.say(cells.NeedsRoom("The time axis", m.width, m.height, MinWidth, MinHeight))
		return
	}
	if m.placing {
		m.frame = m.say("Placing events on the time axis…")
		return
	}
	if len(m.events) == 0 {
		m.frame = m.say("No events under this filter to draw.")
		return
	}
	r := m.rows()
	if m.cache == nil {
		m.cache = m.buildCache(r)
	}
	c := m.cache
	p := *c.plot // the frame's table, with this selection's related events and the marks
	p.m, p.related, p.starred = m, m.relatedSet(), m.markedSet()
	out := append([]string(nil), c.head...)
	for k, base := range c.lanes {
		out = append(out, m.render(p.decorate(base, k)))
	}
	out = append(out, m.render(p.pointerRow()))
	out = append(out, c.scale...)
	out = append(out, m.render(p.eventRow()))
	if r.legend {
		out = append(out, m.render(p.legendRow()))
	}
	m.frame = m.fillHeight(out)
}

// MinWidth and MinHeight are the least the axis draws in: a lane, the
// scale and the selected event's line.
const (
	MinWidth  = 24
	MinHeight = fixedRows + 1
)

// say is a frame holding one sentence, cut to the width.
func (m *Model) say(s string) string {
	l := newLine(m.width)
	l.put(0, cells.Cut(s, m.width), stNone)
	return m.fillHeight([]string{m.render(l)})
}

// fillHeight pads or cuts lines to exactly the axis's height.
func (m *Model) fillHeight(lines []string) string {
	lines = lines[:min(len(lines), m.height)]
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// markedSet is the positions on the axis of the events the reader marked:
// a lookup per mark, never a pass over the events.
func (m *Model) markedSet() []int {
	var out []int
	for id, on := range m.marked {
		if i, ok := m.indexOf(m.ds.Event(id)); on && ok {
			out = append(out, i)
		}
	}
	return out
}

// relatedSet is the positions of the selected event's related events on
// the axis, each once.
func (m *Model) relatedSet() []int {
	e := m.Selected()
	if e == nil {
		return nil
	}
	var out []int
	for _, r := range m.ds.Related(e) {
		if i, ok := m.indexOf(r.Event); ok && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}
