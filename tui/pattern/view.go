package pattern

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"parley/internal/words"
	"parley/model"
	"parley/tui/internal/cells"
)

// The view's glyphs, so the selection reads without colour.
const (
	markStep = "▶ " // the selected step
	markSide = "▸ " // the side enter opens
	markNote = "≡ " // the link's note
)

// MinWidth and MinHeight are the least the view draws in: the header and
// a few lines of a step.
const (
	MinWidth  = 40
	MinHeight = headerLines + 4
)

// headerLines are the summary, the phases' headings and a rule.
const headerLines = 3

// wordsLines caps the source's words shown per side; the event itself,
// opened with enter, has them whole.
const wordsLines = 3

// columns splits the width: the step marker and number, then two sides
// with a rule between.
type columns struct{ num, side, right int }

func (m *Model) columns() columns {
	num := 2 + len(strconv.Itoa(len(m.pat.Steps))) + 1 // "▶ 12 "

	rest := max(2, m.width-num-3)
	return columns{num: num, side: rest / 2, right: rest - rest/2}
}

// layout draws every step at the current width and keeps the selected
// one in view.
func (m *Model) layout() {
	m.body, m.starts = m.body[:0], m.starts[:0]
	if !m.ok || m.width <= 0 {
		return
	}
	c := m.columns()
	n := 0
	for i, s := range m.pat.Steps {
		m.starts = append(m.starts, len(m.body))
		label := "·"
		if !s.Gap() {
			n++
			label = strconv.Itoa(n)
		}
		m.body = append(m.body, m.step(i, s, label, c)...)
	}
	m.keepInView()
}

// keepInView scrolls the laid-out body as little as it takes to show the
// selected step whole, or as much of it as fits from its top.
func (m *Model) keepInView() {
	if len(m.starts) == 0 {
		return
	}
	room := max(1, m.height-headerLines)
	start, end := m.starts[m.sel], len(m.body)
	if m.sel+1 < len(m.starts) {
		end = m.starts[m.sel+1]
	}
	if start < m.top {
		m.top = start
	}
	if end > m.top+room {
		m.top = min(start, end-room)
	}
	m.top = max(0, min(m.top, len(m.body)-room))
}

// step is one step's lines: dates, titles, words on each side, then the
// note across both, then a blank line.
func (m *Model) step(i int, s model.Step, label string, c columns) []string {
	selected := i == m.sel
	left := m.sideLines(s.Earlier, selected && m.side == earlier, c.side, m.pat.Later)
	right := m.sideLines(s.Later, selected && m.side == later, c.right, m.pat.Earlier)
	rows := max(len(left), len(right))
	var out []string
	for r := 0; r < rows; r++ {
		lead := strings.Repeat(" ", c.num)
		if r == 0 {
			mark := "  "
			if selected {
				mark = markStep
			}
			lead = cells.Pad(mark+label, c.num)
		}
		out = append(out, lead+cell(left, r, c.side)+m.styles.Dim.Render(" │ ")+cell(right, r, c.right))
	}
	if s.Note != "" {
		width := max(1, m.width-c.num-2)
		for k, l := range wrap(s.Note, width) {
			prefix := "  "
			if k == 0 {
				prefix = markNote
			}
			out = append(out, strings.Repeat(" ", c.num)+prefix+m.styles.Note.Render(cells.Pad(l, width)))
		}
	}
	return append(out, strings.Repeat(" ", m.width))
}

// cell is row r of one side, padded to its width.
func cell(lines []string, r, width int) string {
	if r < len(lines) {
		return lines[r]
	}
	return strings.Repeat(" ", width)
}

// sideLines is one side of a step: the date (marked when chosen), the
// title, and the first of the source's words the event rests on; for a
// gap, a line saying the other phase has no counterpart.
func (m *Model) sideLines(e *model.Event, chosen bool, width int, other *model.Phase) []string {
	if e == nil {
		return []string{m.styles.Dim.Render(cells.Pad(cells.Cut("  — no counterpart —", width), width))}
	}
	inner := max(1, width-2)
	mark := "  "
	date := e.Date.Display()
	if chosen {
		mark = markSide
		date = m.styles.Selected.Render(cells.Pad(cells.Cut(date, inner), inner))
	} else {
		date = cells.Pad(cells.Cut(date, inner), inner)
	}
	lines := []string{mark + date}
	for _, l := range wrap(e.Title, inner) {
		lines = append(lines, "  "+m.styles.Heading.Render(cells.Pad(l, inner)))
	}
	if xs := e.AllExcerpts(); len(xs) > 0 {
		words := wrap(quoted(xs[0].Text), inner)
		if len(words) > wordsLines {
			words = append(words[:wordsLines-1], cells.Cut(words[wordsLines-1]+" …", inner))
		}
		for _, l := range words {
			lines = append(lines, "  "+m.styles.Words.Render(cells.Pad(l, inner)))
		}
	}
	return lines
}

// View is the header and the steps in view.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.width < MinWidth || m.height < MinHeight {
		return m.fill([]string{cells.Pad(cells.Cut(cells.NeedsRoom("The pattern view", m.width, m.height, MinWidth, MinHeight), m.width), m.width)})
	}
	if !m.ok {
		return m.fill([]string{cells.Pad(cells.Cut("This dataset has no two phases joined by parallels links to compare.", m.width), m.width)})
	}
	c := m.columns()
	e, l := m.pat.Earlier, m.pat.Later
	summary := fmt.Sprintf("%s, then %s: %s aligned, %s without a counterpart",
		e.Title, l.Title, words.Thousands(m.pat.Aligned()), words.Thousands(len(m.pat.Steps)-m.pat.Aligned()))
	heading := func(p *model.Phase, w int) string {
		return m.styles.Heading.Render(cells.Pad(cells.Cut(p.Title+" ("+p.Display()+")", w), w))
	}
	lines := []string{
		cells.Pad(cells.Cut(summary, m.width), m.width),
		strings.Repeat(" ", c.num) + heading(e, c.side) + m.styles.Dim.Render(" │ ") + heading(l, c.right),
		m.styles.Dim.Render(strings.Repeat("─", c.num+c.side+1) + "┼" + strings.Repeat("─", c.right+1)),
	}
	room := max(0, m.height-headerLines)
	end := min(len(m.body), m.top+room)
	lines = append(lines, m.body[m.top:end]...)
	return m.fill(lines)
}

// fill pads or cuts the lines to exactly the view's height.
func (m Model) fill(lines []string) string {
	lines = lines[:min(len(lines), m.height)]
	for len(lines) < m.height {
		lines = append(lines, strings.Repeat(" ", m.width))
	}
	return strings.Join(lines, "\n")
}

// quoted marks the source's words as a quotation, unless they open with
// a quotation mark of their own.
func quoted(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") {
		return s
	}
	return "“" + s + "”"
}

// wrap breaks s into lines of at most w cells at spaces.
func wrap(s string, w int) []string {
	out := strings.Split(lipgloss.NewStyle().Width(w).Render(strings.Join(strings.Fields(s), " ")), "\n")
	for i, l := range out {
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}
