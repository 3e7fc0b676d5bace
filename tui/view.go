package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"parley/model"
)

// header names the app and what it shows.
func (m Model) header() string {
	st, ds := m.ctx.st, m.ctx.ds
	what := fmt.Sprintf("%d sources", len(ds.Sources))
	if len(ds.Sources) == 1 {
		what = flatten(ds.Sources[0].Title)
	}
	right := st.dim.Render(fmt.Sprintf("%d events · %d actors", len(ds.Events), len(ds.Actors)))
	left := st.appName.Render("parley") + st.dim.Render(" · ") + st.header.Render(what)
	return spread(left, right, m.w)
}

// spread puts left and right on one line of width w, cutting left first.
func spread(left, right string, w int) string {
	if width(right)+2 > w {
		return truncate(left, w)
	}
	left = truncate(left, w-width(right)-2)
	return left + spaces(w-width(left)-width(right)) + right
}

// body is the screen between header and status line: exactly h lines.
func (m Model) body(h int) []string {
	switch {
	case m.showHelp:
		from, to := m.helpSc.window()
		return pane("Help", "? or esc closes", true, m.helpView[from:to], m.w, h, m.ctx.st)
	case m.reading:
		return pane(m.reader.title(), "", true, m.reader.view(), m.w, h, m.ctx.st)
	}
	if !m.wide() {
		switch m.focus {
		case focusDetail:
			return m.detailPane(m.w, h)
		case focusFilter:
			return m.filterPane(m.w, h)
		}
		return m.timelinePane(m.w, h)
	}
	left := m.timelinePane(m.timeline.w, h)
	rw := m.w - m.timeline.w - width(paneGap)
	var right []string
	if m.filterOpen {
		right = m.filterPane(rw, h)
	} else {
		right = m.detailPane(rw, h)
	}
	sep := m.ctx.st.rule.Render(paneGap)
	out := make([]string, h)
	for i := range out {
		out[i] = left[i] + sep + right[i]
	}
	return out
}

func (m Model) timelinePane(w, h int) []string {
	pos := ""
	if n := len(m.events); n > 0 {
		pos = fmt.Sprintf("%d/%d", m.timeline.cursor+1, n)
	}
	return pane("Timeline", pos, m.focus == focusTimeline && !m.searching, m.timeline.view(m.noMatches(w)), w, h, m.ctx.st)
}

func (m Model) detailPane(w, h int) []string {
	hint := ""
	if n := len(m.history); n > 0 {
		hint = fmt.Sprintf("backspace: back (%d)", n)
	}
	return pane("Event", hint, m.focus == focusDetail, m.detail.view(), w, h, m.ctx.st)
}

func (m Model) filterPane(w, h int) []string {
	return pane("Actors", fmt.Sprintf("%d chosen", len(m.actors.chosen)), m.focus == focusFilter, m.actors.view(), w, h, m.ctx.st)
}

// pane is a title rule over content, exactly h lines of w columns. The
// focused pane's rule is heavy (━), the others light (─): focus shows
// without colour.
func pane(title, note string, focused bool, content []string, w, h int, st *styles) []string {
	if h <= 0 {
		return nil
	}
	ch, style := "─", st.rule
	if focused {
		ch, style = "━", st.ruleFocused
	}
	head := ch + ch + " " + title + " "
	if note != "" {
		note = " " + note + " " + ch + ch
	}
	fill := w - width(head) - width(note)
	if fill < 1 {
		note, fill = "", w-width(head)
	}
	rule := style.Render(truncate(head+repeat(ch, fill)+note, w))
	return append([]string{pad(rule, w)}, fitLines(content, w, h-1)...)
}

// noMatches tells the user why the timeline is empty and how to get out.
func (m Model) noMatches(w int) []string {
	st := m.ctx.st
	if len(m.ctx.ds.Events) == 0 {
		return wrapIndent("", "", "This dataset has no events.", w, st.warn)
	}
	lines := []string{st.warn.Render("No events match.")}
	lines = append(lines, wrapIndent("", "", joinParts(m.filterSummary(false), st.dim.Render(" · ")), w, st.header)...)
	how := "Press x to clear the filter and search"
	if m.filter.Search != "" {
		how += ", esc to clear only the search"
	}
	if len(m.filter.Actors) > 0 {
		how += ", a to change the actors"
	}
	if m.searching { // x and a are letters of the search now
		how = "Keep typing, backspace, or esc to clear the search"
	}
	return append(lines, wrapIndent("", "", how+".", w, st.dim)...)
}

// summaryPart is one part of the filter in words. When the status line is
// too narrow, text is cut and keep, the match mode, stays whole.
type summaryPart struct{ text, keep string }

// filterSummary is the active filter in words, a part each: "Actors: Kim
// Jong Un + Moon Jae-in (all) · Search “letter” · 5 of 16 events".
func (m Model) filterSummary(counts bool) []summaryPart {
	var parts []summaryPart
	if chosen := m.actors.chosen; len(chosen) > 0 {
		names := make([]string, len(chosen))
		for i, id := range chosen {
			names[i] = m.ctx.actor(id)
		}
		sep := " or "
		if m.filter.Mode == model.MatchAll {
			sep = " + "
		}
		parts = append(parts, summaryPart{"Actors: " + strings.Join(names, sep), " (" + m.filter.Mode.Label() + ")"})
	} else {
		parts = append(parts, summaryPart{text: "All actors"})
	}
	if m.filter.Search != "" {
		parts = append(parts, summaryPart{text: "Search “" + m.filter.Search + "”"})
	}
	if counts {
		parts = append(parts, summaryPart{text: fmt.Sprintf("%d of %d events", len(m.events), len(m.ctx.ds.Events))})
	}
	return parts
}

// joinParts joins the parts' words with sep.
func joinParts(parts []summaryPart, sep string) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.text + p.keep
	}
	return strings.Join(out, sep)
}

// fitParts joins parts with sep in w columns. When they do not fit, the
// first part's text is cut before the next's: the actors' names give way
// to the search, and both to the count.
func fitParts(parts []summaryPart, sep string, w int) string {
	out := append([]summaryPart(nil), parts...)
	for i := range out {
		over := width(joinParts(out, sep)) - w
		if over <= 0 {
			break
		}
		out[i].text = truncate(out[i].text, max(width(out[i].text)-over, 1))
	}
	return truncate(joinParts(out, sep), w)
}

// statusLine shows the filter, search and position, or the search prompt
// while typing.
func (m Model) statusLine() string {
	st := m.ctx.st
	pos := "0/0"
	if n := len(m.events); n > 0 {
		pos = fmt.Sprintf("%d/%d", m.timeline.cursor+1, n)
	}
	if m.searching {
		count := st.dim.Render(fmt.Sprintf("%d of %d events", len(m.events), len(m.ctx.ds.Events)))
		room := max(m.w-width(m.search.Prompt)-width(count)-2, 1)
		text := inputLine(m.search.Value(), m.search.Position(), room, m.search.Placeholder, st)
		return spread(m.search.PromptStyle.Render(m.search.Prompt)+text, count, m.w)
	}
	pos = st.bold.Render(pos)
	return spread(fitParts(m.filterSummary(true), st.dim.Render(" · "), m.w-width(pos)-2), pos, m.w)
}

// shortHelp is the one-line help for what has the keys now.
func (m Model) shortHelp() string {
	k := m.ctx.keys
	var b []key.Binding
	switch {
	case m.searching:
		b = []key.Binding{k.Apply, k.Cancel, k.ForceQuit}
	case m.showHelp:
		b = []key.Binding{withDesc(k.Help, "close help"), k.Down, k.Up, k.Quit}
	case m.reading:
		b = []key.Binding{k.NextExcerpt, k.PrevExcerpt, k.Down, k.Up, withDesc(k.Back, "back to event"), k.Help, k.Quit}
	case m.focus == focusFilter && m.filterOpen:
		esc := withDesc(k.Back, "close")
		if m.actors.query != "" {
			esc = withDesc(k.Back, "clear text")
		}
		b = []key.Binding{k.Toggle, k.ListDown, k.ListUp, k.SwitchMode, k.ClearActors, k.Done, esc, k.Help}
	case m.focus == focusDetail:
		b = []key.Binding{withDesc(k.Down, "next item"), withDesc(k.Up, "previous item"), withDesc(k.Open, "open item")}
		if len(m.history) > 0 {
			b = append(b, k.History)
		}
		b = append(b, k.Back, k.Search, k.Actors, k.Help, k.Quit)
	default:
		b = []key.Binding{k.Down, k.Up, withDesc(k.Open, "open event"), k.Search, k.Actors}
		if len(m.history) > 0 {
			b = append(b, k.History)
		}
		if m.filterOpen || m.wide() {
			b = append(b, k.Focus)
		}
		if m.filter.Active() {
			b = append(b, withDesc(k.ClearAll, "clear filter"))
		}
		b = append(b, k.Help, k.Quit)
	}
	return m.keepHelpKey(b)
}

// keepHelpKey renders a short help line of bindings in the window's width.
// When they do not all fit, "…" marks the cut and "? help" is kept, in its
// place if it comes before the cut, else after the "…": it leads to every
// other key. (bubbles/help's own cutting can overflow the width when its
// ellipsis does not fit.)
func (m Model) keepHelpKey(b []key.Binding) string {
	h := m.help
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	items := make([]string, len(b))
	for i := range b {
		items[i] = h.ShortHelpView(b[i : i+1])
	}
	if line := strings.Join(items, sep); width(line) <= m.w {
		return line
	}
	helpAt := slices.IndexFunc(b, func(x key.Binding) bool { return x.Help().Key == m.ctx.keys.Help.Help().Key })
	tail := "" // the help key, until it is placed in order
	if helpAt >= 0 {
		tail = sep + items[helpAt]
	}
	ellipsis := " " + h.Styles.Ellipsis.Render(h.Ellipsis)
	line := ""
	for i, it := range items {
		if line != "" {
			it = sep + it
		}
		reserve := width(tail)
		if i == helpAt {
			reserve = 0
		}
		if width(line)+width(it)+reserve > m.w-width(ellipsis) {
			break
		}
		line += it
		if i == helpAt {
			tail = ""
		}
	}
	if line == "" {
		return truncate(strings.TrimPrefix(tail, sep), m.w)
	}
	return line + ellipsis + tail
}

// withDesc is a binding with the description its context calls for.
func withDesc(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// buildHelp lays the full help out for width w: one titled block per group
// of bindings, rendered by bubbles/help, packed into as many columns as fit.
func (m *Model) buildHelp(w int) {
	st := m.ctx.st
	const gap = 4
	var blocks []string
	for _, g := range m.ctx.keys.fullHelp() {
		col := m.help.FullHelpView([][]key.Binding{g.bindings})
		blocks = append(blocks, st.bold.Render(g.title)+"\n"+col)
	}
	var lines, row []string
	used := 0
	flush := func() {
		if len(row) > 0 {
			lines = append(lines, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n")...)
			lines = append(lines, "")
		}
		row, used = nil, 0
	}
	for _, b := range blocks {
		bw := lipgloss.Width(b)
		if used > 0 && used+gap+bw > w {
			flush()
		}
		if used > 0 {
			row = append(row, spaces(gap))
			used += gap
		}
		row = append(row, b)
		used += bw
	}
	flush()
	lines = append(lines, st.bold.Render("Status marks"))
	lines = append(lines, wrap(statusLegend(), w)...)
	lines = append(lines, "")
	notes := []string{
		"Dates show what the article allows: a day, a month or part of one, a range, or no date set. The event's detail says where each date comes from.",
		"In the reader, ┃ marks the passage being read (an excerpt or a quote) and │ the event's others; n and N step through them in article order.",
		"Mouse wheel scrolling works when parley is started with the mouse enabled.",
	}
	for _, n := range notes {
		lines = append(lines, wrapIndent("", "", n, w, st.dim)...)
	}
	m.helpView = lines
}

// tooSmall replaces the layout on a window below the minimum.
func (m Model) tooSmall() []string {
	msg := fmt.Sprintf("Terminal too small: %d×%d. parley needs at least %d×%d. Enlarge the window, or press q to quit.",
		m.w, m.h, minWidth, minHeight)
	return wrap(msg, m.w)
}
