package tui

import (
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/words"
	"parley/model"
	"parley/termsafe"
	"parley/tui/internal/ink"
)

// itemKind is what enter does on a detail item.
type itemKind int

const (
	itemQuote   itemKind = iota // opens the reader at the quote's excerpt
	itemExcerpt                 // opens the reader at the excerpt
	itemRelated                 // jumps to the linked event
	itemNote                    // opens the note editor on the note
)

// item is a selectable part of the detail and where it was drawn.
type item struct {
	kind    itemKind
	excerpt model.Excerpt
	related *model.Event
	note    *model.PlacedNote
	first   int // first line
	n       int // line count
}

// detail shows one event in full, wrapped to the pane. Its lines are built
// when the event, the width, the focus or the selected item change, never
// while drawing.
type detail struct {
	ctx     *context
	ev      *model.Event
	outside bool // shown through a related link, not listed by the filter
	focused bool
	query   string     // the search, whose matches are highlighted
	notes   eventNotes // the reader's marks and notes on ev
	w       int
	lines   []string
	items   []item
	item    int
	sc      scroller

	// head and blocks keep what was drawn for the event and width in
	// blocksFor (each item selected or not), so moving the selection,
	// changing focus or re-filtering does not wrap a long quote again.
	head      []string // the lines above the items
	blocks    map[blockKey][]string
	blocksFor blockScope
	// wraps keep where each item's text breaks, for the event and width in
	// wrapsFor: a new search draws the items again without wrapping them.
	wraps    map[int][]span
	wrapsFor blockScope
}

type blockKey struct {
	item     int
	selected bool
}

type blockScope struct {
	ev       *model.Event
	w        int
	outside  bool
	query    string
	notesRev int
}

// setSize keeps the scroll offset (a resize must not jump past the title),
// but a selected item that was on screen stays on it: new wrapping or a
// shorter pane can push its ▶ out of the window.
func (d *detail) setSize(w, h int) {
	it := d.selectedItem()
	shown := it != nil && d.inView(*it)
	d.w = max(w, 0)
	d.sc.setHeight(h)
	d.build()
	if it := d.selectedItem(); shown && it != nil && !d.inView(*it) {
		d.sc.show(it.first, it.n)
	}
}

func (d *detail) setEvent(e *model.Event, outside bool, notes eventNotes) {
	if e == d.ev && outside == d.outside {
		d.setNotes(notes)
		return
	}
	d.ev, d.outside, d.notes = e, outside, notes
	d.item = 0
	if d.countItems() > len(notes.placed) {
		d.item = len(notes.placed) // on the first passage or link, as without notes: enter reads
	}
	d.sc.top()
	d.build()
}

// setQuery sets the search whose matches the detail highlights.
func (d *detail) setQuery(q string) {
	if q != d.query {
		d.query = q
		d.build()
	}
}

// setNotes shows the event's marks and notes as they are now.
func (d *detail) setNotes(n eventNotes) {
	if n.event == d.notes.event && n.rev == d.notes.rev {
		return
	}
	if n.event == d.notes.event && d.item >= len(d.notes.placed) {
		d.item += len(n.placed) - len(d.notes.placed) // the same item stays selected above a note added or deleted
	}
	d.notes = n
	d.item = max(min(d.item, d.countItems()-1), 0)
	d.build()
}

// countItems is how many items the event has: notes, quotes, excerpts,
// related events.
func (d *detail) countItems() int {
	if d.ev == nil {
		return 0
	}
	return len(d.notes.placed) + len(d.ev.Quotes) + len(d.ev.Excerpts) + len(d.ctx.ds.Related(d.ev))
}

func (d *detail) setFocus(f bool) {
	if f != d.focused {
		d.focused = f
		d.build()
	}
}

// selectedItem is the item enter acts on; nil when the event has none.
func (d *detail) selectedItem() *item {
	if d.item < 0 || d.item >= len(d.items) {
		return nil
	}
	return &d.items[d.item]
}

// selectExcerpt moves the item cursor to the quote or excerpt for x, so
// coming back from the reader lands where the reader was.
func (d *detail) selectExcerpt(x model.Excerpt) {
	for i, it := range d.items {
		if it.kind != itemRelated && it.excerpt.Start == x.Start && it.excerpt.End == x.End {
			d.item = i
			d.build()
			d.showItem()
			return
		}
	}
}

func (d *detail) takesText() bool { return false }

// update moves through items (scrolling past the first and last), pages
// and jumps to either end; enter opens the selected item, esc leaves.
func (d *detail) update(msg tea.Msg, s *shared) intent {
	k := d.ctx.keys
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.Open):
			it := d.selectedItem()
			if it == nil {
				return noIntent
			}
			if !d.inView(*it) { // never act on what is not on screen: show it first
				d.showItem()
				return noIntent
			}
			return intentOpen
		case key.Matches(km, k.Back):
			return intentBack
		}
	}
	if click, ok := msg.(tea.MouseMsg); ok && isClick(msg) { // a click selects the item under it
		line := d.sc.off + click.Y
		for i, it := range d.items {
			if click.Y >= 0 && click.Y < d.sc.height && line >= it.first && line < it.first+it.n {
				d.moveItem(i)
			}
		}
		return noIntent
	}
	mv, ok := navigate(msg, k.Nav)
	switch {
	case !ok:
	case mv.unit == byLine && isKey(msg):
		d.step(mv.n)
	case mv.unit == toEnd && mv.n < 0:
		d.moveItem(0)
		d.sc.top()
	case mv.unit == toEnd:
		d.moveItem(len(d.items) - 1)
		d.sc.scroll(mv)
	default: // a page, or the wheel
		d.sc.scroll(mv)
		d.keepInView(mv.n)
	}
	return noIntent
}

// keepInView selects an item on screen when a scroll left the selected
// one off it: the first in view going down, the last going up. With no
// item in view the selection stays, and enter first brings it back.
func (d *detail) keepInView(dir int) {
	if it := d.selectedItem(); it == nil || d.inView(*it) {
		return
	}
	pick := -1
	for i, it := range d.items {
		if d.inView(it) && (pick < 0 || dir < 0) {
			pick = i
		}
	}
	if pick >= 0 {
		d.item = pick
		d.build() // the old item's hint line goes, which can shift the new one up a line
		if it := d.items[pick]; !d.inView(it) {
			d.sc.show(it.first, 1)
		}
	}
}

func (d *detail) heading(s *shared) (string, string) { return "Event", moreNote(d.sc) }

// hint names the way back after a related link was followed; where the
// rule is too narrow for both, "↓ N more" wins.
func (d *detail) hint(s *shared) string {
	if n := len(s.history); n > 0 {
		return "backspace: back (" + words.Thousands(n) + ")"
	}
	return ""
}

func (d *detail) ShortHelp() []key.Binding {
	k := d.ctx.keys
	return []key.Binding{withDesc(k.Nav.Down, "next item"), withDesc(k.Nav.Up, "previous item"), withDesc(k.Open, "open item"), k.Back}
}

func (d *detail) FullHelp() [][]key.Binding {
	k := d.ctx.keys
	return [][]key.Binding{{withDesc(k.Nav.Down, "next item"), withDesc(k.Nav.Up, "previous item"),
		withDesc(k.Open, "read it in the article, or follow the link"), withDesc(k.Back, "back where it was opened from"),
		withDesc(k.Copy, "copy the quote, excerpt or event, cited")},
		k.Nav.bindings()}
}

// step selects the next or previous item. When the selected item has been
// scrolled away, the nearest item in that direction is selected instead;
// with no item that way, it scrolls a line.
func (d *detail) step(dir int) {
	next := -1
	if it := d.selectedItem(); it != nil && d.inView(*it) {
		next = d.item + dir
	} else {
		from, to := d.sc.window()
		for i, it := range d.items {
			if dir > 0 && it.first+it.n > from && next < 0 {
				next = i
			}
			if dir < 0 && it.first < to {
				next = i
			}
		}
	}
	if next < 0 || next >= len(d.items) {
		d.sc.by(dir)
		return
	}
	d.moveItem(next)
}

// inView reports whether the item's first line, the one ▶ marks, is on
// screen.
func (d *detail) inView(it item) bool {
	from, to := d.sc.window()
	return it.first >= from && it.first < to
}

func (d *detail) moveItem(i int) {
	i = max(min(i, len(d.items)-1), 0)
	if i != d.item {
		d.item = i
		d.build()
	}
	d.showItem()
}

func (d *detail) showItem() {
	if it := d.selectedItem(); it != nil {
		d.sc.show(it.first, it.n)
	}
}

func (d *detail) view(s *shared) []string {
	from, to := d.sc.window()
	return d.lines[from:to]
}

// build lays the event out at the pane width.
func (d *detail) build() {
	d.lines, d.items = nil, nil
	defer func() { d.sc.setTotal(len(d.lines)) }()
	e, st, w := d.ev, d.ctx.st, d.w
	if w <= 0 {
		return // not sized yet: laid out when the window size comes
	}
	if e == nil {
		d.lines = wrapIndent("", "", "No event selected.", w, st.dim)
		return
	}
	if scope := (blockScope{e, w, d.outside, d.query, d.notes.rev}); d.blocks == nil || d.blocksFor != scope {
		d.blocks, d.blocksFor = map[blockKey][]string{}, scope
		if noQuery := (blockScope{e, w, d.outside, "", d.notes.rev}); d.wrapsFor != noQuery { // notes shift the items wraps are kept by
			d.wraps, d.wrapsFor = map[int][]span{}, noQuery
		}
		d.head = d.drawHead()
	}
	d.lines = append(d.lines, d.head...)
	add := func(ls ...string) { d.lines = append(d.lines, ls...) }

	if placed, orphans := d.notes.placed, d.notes.orphans; len(placed)+len(orphans) > 0 {
		add("", st.bold.Render("Your notes ("+words.Thousands(len(placed)+len(orphans))+")"))
		for i := range placed {
			if i > 0 {
				add("")
			}
			n := &placed[i]
			d.addItem(item{kind: itemNote, note: n}, "✎ "+termsafe.Text(n.Text), "    ", st.header, noteAbout(n))
		}
		for _, n := range orphans {
			add("")
			add(wrapIndent("  ", "    ", "✎ "+termsafe.Text(n.Text), w, st.dim)...)
			add(wrapIndent("    ", "    ", "! no longer attached: "+n.Orphaned+"; kept in the notes file", w, st.warn)...)
		}
	}

	if len(e.Quotes) > 0 {
		add("", st.bold.Render("Quotes ("+words.Thousands(len(e.Quotes))+")"))
		for i, q := range e.Quotes {
			if i > 0 {
				add("")
			}
			text := "“" + q.Text + "”"
			if q.Kind == model.QuoteReported {
				text = q.Text
			}
			about := d.speakerNames(q) + " · " + q.Kind.Label()
			if q.Occasion != "" {
				about += " · " + q.Occasion
			}
			if q.ReportedByID != "" {
				about += " · as reported by " + d.ctx.actorName(q.ReportedByID)
			}
			rest := "   " // under the text, past the opening quotation mark
			if q.Kind == model.QuoteReported {
				rest = "  "
			}
			d.addItem(item{kind: itemQuote, excerpt: q.Excerpt}, text, rest, st.quote, "— "+about)
		}
	}

	if len(e.Excerpts) > 0 {
		add("", st.bold.Render("Source excerpts ("+words.Thousands(len(e.Excerpts))+")"))
		for i, x := range e.Excerpts {
			if i > 0 {
				add("")
			}
			// Verbatim spans, often with their own quotation marks: shown as they are.
			d.addItem(item{kind: itemExcerpt, excerpt: x}, x.Text, "  ", st.excerpt, d.sourceLabel(x))
		}
	}

	if len(e.Quotes)+len(e.Excerpts) == 0 { // an event imported from TimelineJS
		add("", st.dim.Render("No source excerpts."))
	}

	if rel := d.ctx.ds.Related(e); len(rel) > 0 {
		add("", st.bold.Render("Related events ("+words.Thousands(len(rel))+")"))
		for _, r := range rel {
			about := r.Event.Date.Display()
			if r.Note != "" {
				about += " · " + r.Note
			}
			d.addItem(item{kind: itemRelated, related: r.Event}, "→ "+r.Phrase()+": "+flatten(r.Event.Title), "    ", st.header, about)
		}
	}
}

// drawHead lays out everything above the items: title, status and date,
// provenance, place, actors and summary.
func (d *detail) drawHead() []string {
	e, st, w := d.ev, d.ctx.st, d.w
	var lines []string
	add := func(ls ...string) { lines = append(lines, ls...) }

	title := flatten(e.Title) // one line in the timeline, one paragraph here
	if d.notes.marked {
		title = "★ " + title
	}
	add(d.wrapMatches("", "", title, st.bold)...)
	glyph, word := statusMark(e.Status)
	add(truncate(st.status[e.Status].Render(glyph+" "+word)+st.dim.Render(" · ")+e.Date.Display(), w))
	if d.outside {
		add(wrapIndent("", "", "! Not in the filtered timeline: the actor filter or search hides it.", w, st.warn)...)
	}
	if why := e.Date.Provenance(); why != "" { // else the line above's "no date set" is all there is
		add(field("Date", why, w, st)...)
	}
	where := e.Location
	if where == "" {
		where = "not stated in the source"
	}
	add(field("Where", where, w, st)...)

	add("", st.bold.Render("Actors"))
	seen := map[string]bool{}
	for _, p := range e.Participants {
		seen[p.ActorID] = true
		add(d.actorLine(p.ActorID, p.Part)...)
	}
	for _, a := range d.ctx.ds.ActorsOf(e) {
		if !seen[a.ID] {
			add(d.actorLine(a.ID, d.quotePart(a.ID))...)
		}
	}

	if e.Summary != "" {
		add("", st.bold.Render("Summary"))
		add(d.wrapMatches("", "", e.Summary, st.header)...)
	}
	return lines
}

// addItem draws a selectable item: its text, a dim line about it and, when
// selected in a focused pane, what enter does.
func (d *detail) addItem(it item, text, rest string, style ink.Ink, about string) {
	sel := d.focused && len(d.items) == d.item
	key := blockKey{len(d.items), sel}
	block, ok := d.blocks[key]
	if !ok {
		block = d.drawItem(len(d.items), it.kind, sel, text, rest, style, about)
		d.blocks[key] = block
	}
	it.first, it.n = len(d.lines), len(block)
	d.lines = append(d.lines, block...)
	d.items = append(d.items, it)
}

// drawItem wraps an item's text, the dim line about it and, when selected,
// what enter does.
func (d *detail) drawItem(i int, kind itemKind, sel bool, text, rest string, style ink.Ink, about string) []string {
	st, w := d.ctx.st, d.w
	mark := "  "
	if sel {
		mark = "▶ "
		style = st.selected
	}
	spans, ok := d.wraps[i]
	if !ok {
		spans = wrapSpans(text, w-max(width(mark), width(rest)))
		d.wraps[i] = spans
	}
	lines := layoutMarked(mark, rest, text, spans, style, d.matches(text), st.match)
	lines = append(lines, wrapIndent("    ", "    ", about, w, st.dim)...)
	if sel {
		hint := "enter: read it in the article"
		switch kind {
		case itemRelated:
			hint = "enter: go to this event · backspace comes back"
		case itemNote:
			hint = "enter: edit or delete this note"
		}
		lines = append(lines, wrapIndent("    ", "    ", hint, w, st.label)...)
	}
	return lines
}

// wrapMatches wraps text at the pane's width with the search's matches
// highlighted.
func (d *detail) wrapMatches(first, rest, text string, style ink.Ink) []string {
	return wrapMarked(first, rest, text, d.w, style, d.matches(text), d.ctx.st.match)
}

// maxMarkedText bounds the text the detail highlights matches in: every
// letter typed in the search draws the items again, and marking a 1 MiB
// quote took a second a letter. The reader still marks it.
const maxMarkedText = 64 << 10

// matches is where the search matched in text, for highlighting.
func (d *detail) matches(text string) [][2]int {
	if len(text) > maxMarkedText {
		return nil
	}
	return model.Matches(text, d.query)
}

// noteAbout says what a note is on and when it was written.
func noteAbout(n *model.PlacedNote) string {
	on := "on the event"
	if n.Passage != nil {
		on = "on the passage: " + truncate(flatten(termsafe.Text(n.Passage.Text)), 40)
	}
	when := "written " + minuteUTC(n.Created)
	if n.Updated.After(n.Created.Add(time.Minute)) {
		when += ", edited " + minuteUTC(n.Updated)
	}
	return on + " · " + when
}

func minuteUTC(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func (d *detail) actorLine(id, part string) []string {
	a := d.ctx.ds.Actor(id)
	text := d.ctx.actorName(id)
	if a != nil && a.Role != "" {
		text += " (" + flatten(a.Role) + ")"
	}
	if part != "" {
		text += " — " + part
	}
	return wrapIndent(d.ctx.actorStyle[id].Render("● "), "  ", text, d.w, d.ctx.st.header)
}

// speakerNames is "Kim and Moon" for a quote the two gave together.
func (d *detail) speakerNames(q model.Quote) string {
	names := make([]string, len(q.Speakers))
	for i, id := range q.Speakers {
		names[i] = d.ctx.actorName(id)
	}
	return model.JoinNames(names)
}

// quotePart says why an actor who is not a participant is involved.
func (d *detail) quotePart(id string) string {
	for _, q := range d.ev.Quotes {
		if slices.Contains(q.Speakers, id) {
			return "quoted"
		}
	}
	return "reported a quote"
}

func (d *detail) sourceLabel(x model.Excerpt) string {
	if s := d.ctx.ds.Source(x.SourceID); s != nil {
		return "— " + flatten(s.Title)
	}
	return "— " + x.SourceID
}

// field is a labelled value with a hanging indent: "Date   inferred from …".
func field(label, value string, w int, st *styles) []string {
	const lw = 7
	return wrapIndent(st.label.Render(pad(label, lw)), spaces(lw), value, w, st.header)
}

// wrapIndent wraps text to w columns after a first-line prefix and a
// continuation prefix, styling the text lines. Every pane's prose goes
// through it.
func wrapIndent(first, rest, text string, w int, style ink.Ink) []string {
	return wrapMarked(first, rest, text, w, style, nil, style)
}

// wrapMarked is wrapIndent with the byte ranges marks of text (what a
// search matched) drawn in hi.
func wrapMarked(first, rest, text string, w int, style ink.Ink, marks [][2]int, hi ink.Ink) []string {
	return layoutMarked(first, rest, text, wrapSpans(text, w-max(width(first), width(rest))), style, marks, hi)
}

// layoutMarked draws text broken into spans (wrapSpans) after the
// prefixes, marks in hi.
func layoutMarked(first, rest, text string, spans []span, style ink.Ink, marks [][2]int, hi ink.Ink) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		p := rest
		if i == 0 {
			p = first
		}
		for len(marks) > 0 && marks[0][1] <= sp.start { // lines come in order: drop marks passed
			marks = marks[1:]
		}
		out[i] = p + marked(text[sp.start:sp.end], marksIn(marks, sp.start, sp.end), style, hi)
	}
	return out
}
