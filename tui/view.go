package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"parley/internal/words"
	"parley/model"
)

// header names the app and what it shows.
func (m *Model) header() string {
	st, ds := m.ctx.st, m.ctx.ds
	what := words.Grouped(len(ds.Sources), "source", "sources")
	if len(ds.Sources) == 1 {
		what = flatten(ds.Sources[0].Title)
	}
	events := words.Grouped(len(ds.Events), "event", "events")
	if m.load.loading() {
		events += " so far" // a partial dataset: more come while the file loads
	}
	right := st.dim.Render(events + " · " + words.Grouped(len(ds.Actors), "actor", "actors"))
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
// It draws the panes the layout puts there; the one with the keys, and
// only that one, has a heavy rule.
func (m *Model) body(h int) []string {
	panes := m.layout.body(m.wide())
	if len(panes) == 1 {
		return m.drawPane(panes[0], m.w, h)
	}
	left := m.drawPane(panes[0], m.leftWidth(), h)
	right := m.drawPane(panes[1], m.w-m.leftWidth()-width(paneGap), h)
	sep := m.ctx.st.rule.Render(paneGap)
	out := make([]string, h)
	for i := range out {
		out[i] = left[i] + sep + right[i]
	}
	return out
}

// drawPane is pane p under its title rule, w×h.
func (m *Model) drawPane(p paneID, w, h int) []string {
	c := m.pane(p)
	title, note := c.heading(&m.shared)
	notes := []string{note}
	if h, ok := c.(hinter); ok {
		if hint := h.hint(&m.shared); hint != "" {
			notes = []string{joinNonEmpty(" · ", note, hint), note}
		}
	}
	return pane(title, notes, m.layout.focus() == p, c.view(&m.shared), w, h, m.ctx.st)
}

// pane is a title rule over content, exactly h lines of w columns. The
// focused pane's rule is heavy (━), the others light (─): focus shows
// without colour. notes are the rule's note, the longest first: the first
// that fits is shown.
func pane(title string, notes []string, focused bool, content []string, w, h int, st *styles) []string {
	if h <= 0 {
		return nil
	}
	ch, style := "─", st.rule
	if focused {
		ch, style = "━", st.ruleFocused
	}
	rule := ""
	for _, note := range notes {
		if r, ok := titleRule(title, note, ch, w); ok {
			rule = r
			break
		}
	}
	if rule == "" { // no note fits: the title alone
		rule, _ = titleRule(title, "", ch, w)
	}
	return append([]string{pad(style.Render(rule), w)}, fitLines(content, w, h-1)...)
}

// titleRule is "━━ title ━━━━ note ━━" in w columns, the title cut while
// it keeps a few words; ok is false when the note does not fit.
func titleRule(title, note, ch string, w int) (string, bool) {
	head := ch + ch + " " + title + " "
	if note != "" {
		note = " " + note + " " + ch + ch
	}
	fill := w - width(head) - width(note)
	if fill < 1 && note != "" { // the title gives way to the note while it keeps a few words
		if room := w - width(note) - 5; room >= 12 && room < width(title) {
			head = ch + ch + " " + truncate(title, room) + " "
			fill = w - width(head) - width(note)
		}
	}
	if fill < 1 && note != "" {
		return "", false
	}
	return truncate(head+repeat(ch, max(fill, 0))+note, w), true
}

// noMatches tells the user why the timeline is empty and how to get out.
func noMatches(ctx *context, s *shared, w int) []string {
	st := ctx.st
	if len(ctx.ds.Events) == 0 {
		return wrapIndent("", "", "This dataset has no events.", w, st.warn)
	}
	switch { // the previous filter's result was empty; the new one is to come
	case s.query.waiting:
		return wrapIndent("", "", fmt.Sprintf("Indexing the text for search: %d%%. The events appear when it is done.", indexPercent(ctx.index)), w, st.dim)
	case s.query.running:
		return []string{st.dim.Render("Searching…")}
	}
	lines := []string{st.warn.Render("No events match.")}
	lines = append(lines, wrapIndent("", "", joinParts(filterSummary(ctx, s, false), st.dim.Render(" · ")), w, st.header)...)
	how := "Press x to clear the filter and search"
	if s.filter.MarkedOnly {
		how += ", M to show unmarked events too"
	}
	if s.filter.Search != "" {
		how += ", esc to clear only the search"
	}
	if len(s.filter.Actors) > 0 {
		how += ", a to change the actors"
	}
	if s.searching { // x and a are letters of the search now
		how = "Keep typing, backspace, or esc to clear the search"
	}
	return append(lines, wrapIndent("", "", how+".", w, st.dim)...)
}

// summaryPart is one part of the filter in words. When the status line is
// too narrow, short (when set) takes the place of text, else text is cut;
// keep, the match mode, stays whole.
type summaryPart struct{ text, keep, short string }

// filterSummary is the active filter in words, a part each: "Actors: Kim
// Jong Un + Moon Jae-in (all) · Search “letter” · 5 of 16 events". It is
// the status line's own, compact wording, not export.Selection's (what
// leaves parley: plain output, export headings, copies): the line is one
// row, so "+" stands for "and", the mode is a short tag kept whole, and a
// part shrinks to "2 actors" when the row is too narrow.
func filterSummary(ctx *context, s *shared, counts bool) []summaryPart {
	var parts []summaryPart
	f := s.filter
	if chosen := f.Actors; len(chosen) > 0 {
		names := make([]string, len(chosen))
		for i, id := range chosen {
			names[i] = ctx.actor(id)
		}
		sep := " or "
		if f.Mode == model.MatchAll {
			sep = " + "
		}
		parts = append(parts, summaryPart{"Actors: " + strings.Join(names, sep), " (" + f.Mode.Label() + ")",
			words.Grouped(len(chosen), "actor", "actors")})
	} else {
		parts = append(parts, summaryPart{text: "All actors"})
	}
	if f.Search != "" {
		parts = append(parts, summaryPart{text: "Search “" + f.Search + "”"})
	}
	if f.MarkedOnly {
		parts = append(parts, summaryPart{text: "★ Marked only"})
	}
	if counts {
		parts = append(parts, summaryPart{text: resultCount(ctx, s)})
	}
	return parts
}

// resultCount is how many events the filter keeps ("5 of 16 events"), or
// while its result is not in, what it waits for ("searching…").
func resultCount(ctx *context, s *shared) string {
	if wait := s.query.label(ctx.index); wait != "" {
		return wait
	}
	return ofEvents(s.result.Len(), len(ctx.ds.Events))
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
// actors' names give way to their count ("2 actors (all)"): a name cut to
// a fragment names nobody. Then the first part's text is cut before the
// next's: the search gives way to the count.
func fitParts(parts []summaryPart, sep string, w int) string {
	out := append([]summaryPart(nil), parts...)
	whole := make([]bool, len(out))
	for i := range out {
		if out[i].short != "" && width(joinParts(out, sep)) > w {
			out[i].text, whole[i] = out[i].short, true
		}
	}
	for i := range out {
		over := width(joinParts(out, sep)) - w
		if over <= 0 {
			break
		}
		if !whole[i] {
			out[i].text = truncate(out[i].text, max(width(out[i].text)-over, 1))
		}
	}
	return truncate(joinParts(out, sep), w)
}

// statusLine shows the filter, search and position, and until the next
// key what a copy did; or the search prompt while it is open.
func (m *Model) statusLine() string {
	if m.layout.has(paneSearch) {
		return m.search.view(&m.shared)[0]
	}
	st := m.ctx.st
	pos := "0/0"
	if n := m.result.Len(); n > 0 {
		pos = ofCount(m.timeline.cursor+1, n)
	}
	pos = st.bold.Render(pos)
	if mark := m.load.mark(); mark != "" { // a partial dataset: more is coming
		pos = st.warn.Render(mark) + st.dim.Render(" · ") + pos
	}
	if n := m.ctx.notes.Pending(); n > 0 {
		pos = st.warn.Render("⚠ "+words.Thousands(n)+" unsaved") + st.dim.Render(" · ") + pos
	}
	sep, room := st.dim.Render(" · "), m.w-width(pos)-2
	parts := filterSummary(m.ctx, &m.shared, true)
	if m.notice != "" {
		parts = withNotice(parts, summaryPart{text: m.notice}, sep, room)
	}
	return spread(fitParts(parts, sep, room), pos, m.w)
}

// withNotice puts a notice after the filter's parts when all fit whole (the
// actors as a count if need be); else the notice alone: it lasts until the
// next key, and a filter cut to "A… · …" tells nothing.
func withNotice(parts []summaryPart, notice summaryPart, sep string, w int) []summaryPart {
	all := append(parts[:len(parts):len(parts)], notice)
	shortest := slices.Clone(all)
	for i := range shortest {
		if shortest[i].short != "" {
			shortest[i].text = shortest[i].short
		}
	}
	if width(joinParts(shortest, sep)) <= w {
		return all
	}
	return []summaryPart{notice}
}

// shortHelp is the one-line help for what has the keys now: the focused
// pane's own keys, then the global keys routing tries first.
func (m *Model) shortHelp() string {
	b := m.pane(m.layout.focus()).ShortHelp()
	for _, g := range m.globals() {
		if g.binding.Help().Key != "" {
			b = append(b, g.binding)
		}
	}
	return m.keepHelpKey(b)
}

// keepHelpKey renders a short help line of bindings in the window's width.
// When they do not all fit, "…" marks the cut and the anchor keys ("? help",
// which leads to every other key, then "q quit") are kept: in their place if
// they come before the cut, else after the "…". An anchor that cannot fit
// even there goes, quit first. (bubbles/help's own cutting can overflow the
// width when its ellipsis does not fit.)
func (m *Model) keepHelpKey(b []key.Binding) string {
	h := m.help.help
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	items := make([]string, len(b))
	for i := range b {
		items[i] = h.ShortHelpView(b[i : i+1])
	}
	if line := strings.Join(items, sep); width(line) <= m.w {
		return line
	}
	ellipsis := " " + h.Styles.Ellipsis.Render(h.Ellipsis)
	anchors := m.helpAnchors(b)       // indexes into b, in the order shown
	tailWidth := func(from int) int { // anchors not yet placed, after the "…"
		w := 0
		for _, a := range anchors {
			if a >= from {
				w += width(sep + items[a])
			}
		}
		return w
	}
	for len(anchors) > 1 && tailWidth(0)+width(ellipsis) > m.w {
		anchors = anchors[:len(anchors)-1]
	}
	line, placed := "", 0
	for i, it := range items {
		if line != "" {
			it = sep + it
		}
		if width(line)+width(it)+tailWidth(i+1) > m.w-width(ellipsis) {
			break
		}
		line += it
		placed = i + 1
	}
	tail := ""
	for _, a := range anchors {
		if a >= placed {
			tail += sep + items[a]
		}
	}
	if line == "" {
		return truncate(strings.TrimPrefix(tail, sep), m.w)
	}
	return line + ellipsis + tail
}

// helpAnchors are the short help's keys that a cut keeps, by priority
// (help, then quit): the order they are dropped in when even the tail is
// too wide, and the order they follow the "…" in.
func (m *Model) helpAnchors(b []key.Binding) []int {
	var at []int
	for _, want := range []key.Binding{m.ctx.keys.Help, m.ctx.keys.Quit} {
		if i := slices.IndexFunc(b, func(x key.Binding) bool { return x.Help().Key == want.Help().Key }); i >= 0 {
			at = append(at, i)
		}
	}
	return at
}

// tooSmall replaces the layout on a window below the minimum.
func (m *Model) tooSmall() []string {
	msg := fmt.Sprintf("Terminal too small: %d×%d. parley needs at least %d×%d. Enlarge the window, or press q to quit.",
		m.w, m.h, minWidth, minHeight)
	lines := wrap(msg, m.w)
	return lines[:min(len(lines), m.h)] // at a few rows the message is cut: no room for more
}
