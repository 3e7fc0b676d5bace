package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/tui/internal/ink"
)

// timeline is the list of events under the current filter, one row each,
// with a heading before each run of events in a phase (phaserows.go).
// The cursor counts events; the scroller counts rows. Only the rows in
// view are rendered, whatever the number of events.
type timeline struct {
	ctx    *context
	list   model.Result // the events listed
	runs   phaseRuns
	cursor int
	sc     scroller
	w      int
}

func (t *timeline) setSize(w, h int) {
	t.w = max(w, 0)
	t.sc.setHeight(h)
	t.reveal()
}

// reveal scrolls the selected row into view, and the heading above it
// with it when there is room.
func (t *timeline) reveal() {
	row := t.runs.rowOf(t.cursor)
	if t.runs.starts(t.cursor) {
		t.sc.show(row-1, 2)
	}
	t.sc.show(row, 1)
}

func (t *timeline) takesText() bool { return false }

// setEvents replaces the list, keeping the selection on keep when it is
// still listed, else on the first event after it in timeline order.
func (t *timeline) setEvents(r model.Result, keep *model.Event) {
	t.list = r
	t.runs = findRuns(t.ctx, r)
	t.sc.setTotal(t.runs.rows(r.Len()))
	t.place(keep)
}

// place puts the cursor on keep, or where keep would be when it is not
// listed, and scrolls to it: the events listed before keep's position,
// so following the axis over a million events costs no pass.
func (t *timeline) place(keep *model.Event) {
	t.cursor = 0
	if n := t.list.Len(); keep != nil && n > 0 {
		t.cursor = min(t.list.Rank(t.ctx.ds.Index(keep)), n-1)
	}
	t.reveal()
}

// selected is the event under the cursor; nil when nothing is listed.
func (t *timeline) selected() *model.Event {
	if t.cursor < 0 || t.cursor >= t.list.Len() {
		return nil
	}
	return t.list.Event(t.cursor)
}

// selectEvent moves the cursor to e; false when e is not listed.
func (t *timeline) selectEvent(e *model.Event) bool {
	if e == nil || t.list.Len() == 0 {
		return false
	}
	t.place(e)
	return t.selected() == e
}

// update moves the cursor (intentMoved), opens the selected event, or
// backs out of a search.
func (t *timeline) update(msg tea.Msg, s *shared) intent {
	k := t.ctx.keys
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.Open):
			if t.selected() != nil {
				return intentOpen
			}
			return noIntent
		case key.Matches(km, k.Back):
			return intentBack
		}
	}
	before := t.cursor
	if click, ok := msg.(tea.MouseMsg); ok && isClick(msg) { // a click selects the row; a heading, nothing
		if row := t.sc.off + click.Y; click.Y >= 0 && click.Y < t.sc.height && row < t.sc.total {
			if i, heading := t.runs.at(row); !heading {
				t.cursor = i
			}
		}
		if t.cursor != before {
			return intentMoved
		}
		return noIntent
	}
	mv, ok := navigate(msg, k.Nav)
	if !ok {
		return noIntent
	}
	t.cursor = t.moved(mv)
	t.reveal()
	if t.cursor != before {
		return intentMoved
	}
	return noIntent
}

// moved is the event a move lands on. Lines and ends count events, so
// headings are stepped over; a page counts rows, as the window shows them,
// and from a heading goes on to the nearest event in the move's direction.
func (t *timeline) moved(mv move) int {
	last := max(t.list.Len()-1, 0)
	if mv.unit != byPage {
		return mv.apply(t.cursor, t.sc.page(), last)
	}
	row := mv.apply(t.runs.rowOf(t.cursor), t.sc.page(), max(t.sc.total-1, 0))
	i, heading := t.runs.at(row)
	if heading && mv.n < 0 && i > 0 {
		i-- // the heading's event is below it: going up, take the one above
	}
	return min(i, last)
}

func (t *timeline) heading(s *shared) (string, string) {
	title := "Timeline"
	if t.ctx.year != "" { // the rows' dates leave it out
		title += " · " + t.ctx.year
	}
	if n := t.list.Len(); n > 0 {
		return title, ofCount(t.cursor+1, n)
	}
	return title, ""
}

// rowWidth is the width a row needs for the widest title whole.
func (t *timeline) rowWidth() int { return 2 + t.ctx.dateWidth + 2 + 2 + t.ctx.titleWidth }

func (t *timeline) ShortHelp() []key.Binding {
	k := t.ctx.keys
	return []key.Binding{k.Nav.Down, k.Nav.Up, withDesc(k.Open, "open event")}
}

func (t *timeline) FullHelp() [][]key.Binding {
	k := t.ctx.keys
	return [][]key.Binding{{withDesc(k.Open, "open event"), withDesc(k.Back, "clear the search"),
		withDesc(k.Copy, "copy the event"), k.CopyTimeline}, k.Nav.bindings()}
}

// view renders the visible rows, or says why there are none.
func (t *timeline) view(s *shared) []string {
	if t.list.Len() == 0 {
		return noMatches(t.ctx, s, t.w)
	}
	from, to := t.sc.window()
	lines := make([]string, 0, to-from)
	for r := from; r < to; r++ {
		i, heading := t.runs.at(r)
		e := t.list.Event(i)
		if heading {
			lines = append(lines, t.phaseRow(e))
			continue
		}
		lines = append(lines, t.row(e, i == t.cursor, s))
	}
	return lines
}

// phaseRow is the heading of the run e starts: "┌ Singapore run-up ·
// 24 May–12 Jun", cut to the pane.
func (t *timeline) phaseRow(e *model.Event) string {
	st := t.ctx.st
	text := truncate("┌ "+t.ctx.phaseHeading(t.ctx.phasesOf[e]), t.w)
	bar, name := text, ""
	if strings.HasPrefix(text, "┌ ") {
		bar, name = "┌ ", text[len("┌ "):]
	}
	return st.label.Render(bar) + st.bold.Render(name) + spaces(t.w-width(text))
}

// row lays out one event to the pane width: marker, date, status, title
// (after ★ when marked, ✎ when it has notes), with what the search
// matched in the title highlighted. Columns drop out as the pane narrows,
// the title last. The marker is ▶ on the selected row, and │ on a row in
// a phase, below the phase's heading.
func (t *timeline) row(e *model.Event, selected bool, s *shared) string {
	st := t.ctx.st
	glyph, word := statusMark(e.Status)
	dw := t.ctx.dateWidth
	query := s.filter.Search
	title := flatten(e.Title)
	if s.filter.Notes[e.ID] != "" {
		title = "✎ " + title
	}
	if s.filter.Marked[e.ID] {
		title = "★ " + title
	}
	marker := "  "
	if selected {
		marker = "▶ "
	}
	var cols []string // plain text of each column, styled below unless selected
	switch {
	case t.w >= 2+dw+2+11+2+t.ctx.titleWidth: // the status word only when every title stays whole
		cols = []string{pad(t.ctx.rowDate(e.Date), dw), "  ", glyph + " " + pad(word, 9), "  "}
	case t.w >= 2+dw+2+2+16:
		cols = []string{pad(t.ctx.rowDate(e.Date), dw), "  ", glyph, " "}
	default:
		cols = []string{glyph, " "}
	}
	used := 2
	for _, c := range cols {
		used += width(c)
	}
	if selected {
		title := t.title(title, t.w-used, query, st.selected)
		left := marker + strings.Join(cols, "")
		return st.selected.Render(left) + title + st.selected.Render(spaces(t.w-used-width(title)))
	}
	statusCol := 2
	if len(cols) == 2 {
		statusCol = 0
	}
	cols[statusCol] = st.status[e.Status].Render(cols[statusCol])
	if len(cols) == 4 {
		cols[0] = st.dim.Render(cols[0])
	}
	if len(t.ctx.phasesOf[e]) > 0 { // under a phase's heading: the bar from it runs on
		marker = st.label.Render("│") + " "
	}
	return marker + strings.Join(cols, "") + t.title(title, t.w-used, query, ink.Plain)
}

// title is an event's title (with its ★ and ✎) cut to w columns, drawn
// in base with the search's matches highlighted.
func (t *timeline) title(full string, w int, query string, base ink.Ink) string {
	cut := truncate(full, w)
	shown := full
	if cut != full {
		shown = strings.TrimSuffix(cut, "…")
	}
	return marked(shown, model.Matches(shown, query), base, t.ctx.st.match) + base.Render(cut[len(shown):])
}
