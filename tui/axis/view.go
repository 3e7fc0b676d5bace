package axis

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"parley/model"
)

// The glyphs: status by shape, precision by the span's line, so the axis
// reads the same without colour.
const (
	glyphOccurred  = '●'
	glyphToCome    = '○' // scheduled, expected or planned
	glyphCancelled = '✕'
	glyphRange     = '━' // a known first and last day
	glyphMonth     = '┄' // a month or a part of one
	glyphCut       = '≈' // a stretch left out (collapsed scale)
	glyphCutLane   = '┆'
	glyphSelected  = '▲'
	glyphRelated   = '◇'
	glyphMore      = '+'
)

func statusGlyph(s model.Status) rune {
	switch s {
	case model.StatusOccurred:
		return glyphOccurred
	case model.StatusCancelled:
		return glyphCancelled
	}
	return glyphToCome
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

func (m *Model) style(st uint8) lipgloss.Style {
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
	return lipgloss.Style{}
}

// render joins a line's cells, one Render per run of a style.
func (m *Model) render(l line) string {
	var b strings.Builder
	for i := 0; i < len(l); {
		j := i
		var run strings.Builder
		for ; j < len(l) && l[j].st == l[i].st; j++ {
			if l[j].r != 0 {
				run.WriteRune(l[j].r)
			}
		}
		if l[i].st == stNone {
			b.WriteString(run.String())
		} else {
			b.WriteString(m.style(l[i].st).Render(run.String()))
		}
		i = j
	}
	return b.String()
}

// draw renders the frame View returns.
func (m *Model) draw() {
	if m.width <= 0 || m.height <= 0 {
		m.frame = ""
		return
	}
	if m.width < MinWidth || m.height < MinHeight {
		m.frame = m.say(fmt.Sprintf("The time axis needs %d×%d.", MinWidth, MinHeight))
		return
	}
	if len(m.events) == 0 {
		m.frame = m.say("No events under this filter to draw.")
		return
	}
	r := m.rows()
	lw, pw := m.labelWidth(), m.plotWidth()
	p := &plot{m: m, lw: lw, pw: pw, related: m.relatedSet()}
	var out []string
	if r.band {
		out = append(out, m.render(p.bandRow()))
	}
	out = append(out, m.render(p.densityRow()))
	for i := range m.lanes[:min(len(m.lanes), r.lanes)] {
		out = append(out, m.render(p.laneRow(i)))
	}
	out = append(out, m.render(p.pointerRow()), m.render(p.tickRow()), m.render(p.labelRow()))
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
	l.put(0, cut(s, m.width), stNone)
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

// relatedSet is the positions of the selected event's related events.
func (m *Model) relatedSet() map[int]bool {
	e := m.Selected()
	if e == nil {
		return nil
	}
	out := map[int]bool{}
	for _, r := range m.ds.Related(e) {
		if i, ok := m.at[r.Event]; ok {
			out[i] = true
		}
	}
	return out
}
