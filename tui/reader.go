package tui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/termsafe"
	"parley/tui/internal/ink"
)

// readerMaxWidth keeps lines short enough to read on wide terminals.
const readerMaxWidth = 96

// reader shows a whole source with one event's excerpts marked: the one
// being read highlighted with a heavy bar, the event's others with a light
// bar. The article is wrapped on open and resize; drawing styles only the
// lines in view.
type reader struct {
	ctx    *context
	src    *model.Source
	ev     *model.Event
	opened model.Excerpt // the excerpt the reader was opened on
	marks  []mark        // the event's passages in this source, in text order
	cur    int           // index into marks; -1 when the excerpt is not in the text
	w, h   int
	spans  []span
	header []string // above the text: date and credit, the excerpt, a rule
	sc     scroller
	hits   [][2]int // where the search matched in the source text
	notes  eventNotes
	noted  []model.PlacedNote // the event's notes on passages of this source
}

// mark is a passage of the event in the source, named as the detail
// lists it ("quote 2 of 2").
type mark struct {
	model.Excerpt
	label string
}

// setNotes shows the event's notes on passages: ✎ in the gutter where a
// noted passage starts, and the current passage's note above the text.
func (r *reader) setNotes(n eventNotes) {
	if n.event == r.notes.event && n.rev == r.notes.rev {
		return
	}
	r.notes, r.noted = n, nil
	for _, p := range n.placed {
		if p.Passage != nil && r.src != nil && p.Passage.SourceID == r.src.ID {
			r.noted = append(r.noted, p)
		}
	}
	r.header = r.buildHeader()
	r.sc.setHeight(r.h - len(r.header))
}

// currentNote is the note on the passage being read, if any.
func (r *reader) currentNote() *model.PlacedNote {
	x, ok := r.current()
	if !ok {
		return nil
	}
	var found *model.PlacedNote
	for i, n := range r.noted {
		if n.Start == x.Start && n.End == x.End && (found == nil || n.Updated.After(found.Updated)) {
			found = &r.noted[i]
		}
	}
	return found
}

// open shows the source of x, scrolled to x, with what the search
// matched highlighted. (The search cannot change while the reader is open:
// / leaves it.)
func (r *reader) open(ev *model.Event, x model.Excerpt, query string) {
	r.ev, r.opened, r.src = ev, x, r.ctx.ds.Source(x.SourceID)
	r.notes, r.noted = eventNotes{}, nil // the root gives this event's (setNotes)
	r.marks, r.cur = nil, -1
	r.hits = nil
	if r.src != nil {
		r.hits = model.Matches(r.src.Text, query)
	}
	// One mark per span; a span both an excerpt and a quote gets both labels.
	at := map[[2]int]int{}
	add := func(y model.Excerpt, label string) {
		if y.SourceID != x.SourceID || y.Start < 0 {
			return
		}
		k := [2]int{y.Start, y.End}
		if i, ok := at[k]; ok {
			r.marks[i].label += ", " + label
			return
		}
		at[k] = len(r.marks)
		r.marks = append(r.marks, mark{y, label})
	}
	for i, y := range ev.Excerpts {
		add(y, fmt.Sprintf("excerpt %d of %d", i+1, len(ev.Excerpts)))
	}
	for i, q := range ev.Quotes {
		add(q.Excerpt, fmt.Sprintf("quote %d of %d", i+1, len(ev.Quotes)))
	}
	sort.SliceStable(r.marks, func(i, j int) bool {
		a, b := r.marks[i], r.marks[j]
		return a.Start < b.Start || a.Start == b.Start && a.End < b.End
	})
	for i, y := range r.marks {
		if y.Start == x.Start && y.End == x.End {
			r.cur = i
		}
	}
	r.layout()
	r.scrollToCurrent()
}

// current is the excerpt being read, for the detail to select on return.
func (r *reader) current() (model.Excerpt, bool) {
	if r.cur < 0 || r.cur >= len(r.marks) {
		return model.Excerpt{}, false
	}
	return r.marks[r.cur].Excerpt, true
}

func (r *reader) setSize(w, h int) {
	r.w, r.h = max(w, 0), max(h, 0)
	r.layout()
	r.scrollToCurrent()
}

func (r *reader) textWidth() int { return min(r.w-2, readerMaxWidth) }

func (r *reader) layout() {
	r.spans = nil
	if r.src != nil && r.w > 0 { // not sized yet: laid out when the size comes
		r.spans = wrapSpans(r.src.Text, r.textWidth())
	}
	r.header = r.buildHeader()
	r.sc.setHeight(r.h - len(r.header))
	r.sc.setTotal(len(r.spans))
}

// scrollToCurrent puts the current excerpt a third of the way down.
func (r *reader) scrollToCurrent() {
	x, ok := r.current()
	if !ok {
		return
	}
	for i, sp := range r.spans {
		if sp.end > x.Start || (sp.end == x.Start && sp.start == sp.end) {
			r.sc.off = i - r.sc.height/3
			r.sc.clamp()
			r.sc.show(i, 1)
			return
		}
	}
}

func (r *reader) takesText() bool { return false }

// update scrolls the article, steps through the event's passages, and
// leaves on esc.
func (r *reader) update(msg tea.Msg, s *shared) intent {
	k := r.ctx.keys
	if mv, ok := navigate(msg, k.Nav); ok {
		r.sc.scroll(mv)
		return noIntent
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.Back):
			return intentBack
		case key.Matches(km, k.NextExcerpt):
			s.notice = r.stepExcerpt(1)
		case key.Matches(km, k.PrevExcerpt):
			s.notice = r.stepExcerpt(-1)
		}
	}
	return noIntent
}

func (r *reader) ShortHelp() []key.Binding {
	k := r.ctx.keys
	return []key.Binding{k.NextExcerpt, k.PrevExcerpt, k.Nav.Down, k.Nav.Up, withDesc(k.Back, "back to event")}
}

func (r *reader) FullHelp() [][]key.Binding {
	k := r.ctx.keys
	return [][]key.Binding{{k.NextExcerpt, k.PrevExcerpt, withDesc(k.Back, "back to event"), withDesc(k.Copy, "copy the passage"),
		k.CopyExcerptJSON},
		k.Nav.bindings()}
}

// stepExcerpt moves to the next or previous excerpt, wrapping around. As
// less and vim do at the end of a search, it says when it starts over:
// the words for the status line, or "" for an ordinary step.
func (r *reader) stepExcerpt(dir int) string {
	n := len(r.marks)
	if n == 0 {
		return ""
	}
	next := ((r.cur+dir)%n + n) % n
	news := ""
	switch {
	case n == 1:
		news = "This is the event's only passage in the article"
	case dir > 0 && next <= r.cur:
		news = "Hit the last passage, continuing at the first"
	case dir < 0 && next >= r.cur && r.cur >= 0:
		news = "Hit the first passage, continuing at the last"
	}
	r.cur = next
	r.header = r.buildHeader()
	r.sc.setHeight(r.h - len(r.header)) // the header's height can change with the passage
	r.scrollToCurrent()
	return news
}

func (r *reader) heading(s *shared) (string, string) {
	if r.src == nil {
		return "Source", ""
	}
	return "Source · " + flatten(r.src.Title), moreNote(r.sc)
}

// buildHeader wraps the date and credit (they say whose words these are)
// and names the excerpt being read. On a short window the credit is cut to
// one line rather than leave the article a line or two.
func (r *reader) buildHeader() []string {
	st := r.ctx.st
	if r.src == nil {
		return nil
	}
	pub := r.src.Published.Publication() // the words plain output uses
	credit := strings.ToUpper(pub[:1]) + pub[1:] + " · " + r.src.Credit()
	lines := wrapIndent("", "", credit, r.w, st.dim)
	if len(lines) > 1 && r.h-len(lines)-2 < r.h/2 {
		lines = []string{truncate(st.dim.Render(credit), r.w)}
	}
	if _, ok := r.current(); ok {
		where := " " + r.marks[r.cur].label + st.dim.Render(" for ") + flatten(r.ev.Title)
		lines = append(lines, truncate(st.currentBar.Render("┃")+where, r.w))
		if n := r.currentNote(); n != nil {
			lines = append(lines, truncate(st.currentBar.Render("✎")+" "+st.header.Render(flatten(termsafe.Text(n.Text))), r.w))
		}
	} else {
		lines = append(lines, wrapIndent("", "", "! This excerpt could not be found in the article text.", r.w, st.warn)...)
	}
	if r.h <= 8 { // a short window keeps the rule's line for the article
		return lines
	}
	return append(lines, st.rule.Render(repeat("─", min(r.w, r.textWidth()+2))))
}

func (r *reader) view(s *shared) []string {
	st := r.ctx.st
	if r.src == nil {
		return wrapIndent("", "", "This excerpt's source is not in the dataset.", r.w, st.warn)
	}
	lines := append([]string(nil), r.header...)
	from, to := r.sc.window()
	for i := from; i < to; i++ {
		lines = append(lines, r.line(r.spans[i]))
	}
	return lines
}

// line draws one wrapped line with its gutter: a heavy bar where the
// current excerpt is, else a light one where another of the event's
// excerpts is; the marked text highlighted too. Excerpts may overlap (a
// quote inside a paragraph): the current one wins.
func (r *reader) line(sp span) string {
	st := r.ctx.st
	text := r.src.Text
	// cover says which excerpt, if any, owns the byte at i: 2 current, 1 other.
	cover := func(i int) int {
		c := 0
		for j, x := range r.marks {
			if x.Start <= i && i < x.End {
				if j == r.cur {
					return 2
				}
				c = 1
			}
		}
		return c
	}
	if sp.start == sp.end { // a blank line inside an excerpt keeps its bar
		return r.gutter(cover(sp.start), false)
	}
	// Cut the line where an excerpt or a search match starts or ends,
	// style each piece.
	hits := marksIn(r.hitsFrom(sp.start), sp.start, sp.end)
	cuts := []int{sp.start, sp.end}
	for _, x := range r.marks {
		cuts = append(cuts, x.Start, x.End)
	}
	for _, h := range hits {
		cuts = append(cuts, sp.start+h[0], sp.start+h[1])
	}
	cuts = slices.DeleteFunc(cuts, func(b int) bool { return b < sp.start || b > sp.end })
	slices.Sort(cuts)
	var out strings.Builder
	most := 0
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		style := ink.Plain
		switch c := cover(a); c {
		case 2:
			style, most = st.current, 2
		case 1:
			style, most = st.other, max(most, 1)
		}
		if inMarks(hits, a-sp.start) {
			style = ink.Ink{Style: st.match.Inherit(style.Style)}
		}
		out.WriteString(style.Render(text[a:b]))
	}
	return r.gutter(most, r.noteStartsIn(sp)) + out.String()
}

// noteStartsIn reports whether a noted passage starts on the line.
func (r *reader) noteStartsIn(sp span) bool {
	for _, n := range r.noted {
		if sp.start <= n.Start && n.Start < sp.end {
			return true
		}
	}
	return false
}

// gutter is the bar for the line's cover, then ✎ where a note starts.
func (r *reader) gutter(cover int, noted bool) string {
	st := r.ctx.st
	if cover == 0 && !noted {
		return "  "
	}
	bar, style := " ", st.dim
	switch cover {
	case 2:
		bar, style = "┃", st.currentBar
	case 1:
		bar, style = "│", st.otherBar
	}
	mark := " "
	if noted {
		mark = "✎"
	}
	return style.Render(bar + mark)
}

// hitsFrom is the search matches from the one that may cover offset at:
// they are in order, so a binary search finds it.
func (r *reader) hitsFrom(at int) [][2]int {
	i, _ := slices.BinarySearchFunc(r.hits, at, func(h [2]int, at int) int { return h[1] - at })
	return r.hits[i:]
}

// inMarks reports whether offset i is inside one of marks.
func inMarks(marks [][2]int, i int) bool {
	for _, m := range marks {
		if m[0] <= i && i < m[1] {
			return true
		}
	}
	return false
}
