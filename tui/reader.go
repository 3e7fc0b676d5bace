package tui

import (
	"fmt"
	"sort"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// readerMaxWidth keeps lines short enough to read on wide terminals.
const readerMaxWidth = 96

// reader shows a whole source with one event's excerpts marked: the one
// being read highlighted with a heavy bar, the event's others with a light
// bar. The article is wrapped on open and resize; drawing styles only the
// lines in view.
type reader struct {
	ctx   *context
	src   *model.Source
	ev    *model.Event
	marks []model.Excerpt // the event's excerpts in this source, in text order
	cur   int             // index into marks; -1 when the excerpt is not in the text
	w, h  int
	spans []span
	sc    scroller
}

// header lines above the text: credit and date, the excerpt line, a rule.
const readerHeader = 3

// open shows the source of x, scrolled to x.
func (r *reader) open(ev *model.Event, x model.Excerpt) {
	r.ev, r.src = ev, r.ctx.ds.Source(x.SourceID)
	r.marks, r.cur = nil, -1
	seen := map[[2]int]bool{}
	for _, y := range ev.AllExcerpts() {
		k := [2]int{y.Start, y.End}
		if y.SourceID == x.SourceID && y.Start >= 0 && !seen[k] {
			seen[k] = true
			r.marks = append(r.marks, y)
		}
	}
	sort.SliceStable(r.marks, func(i, j int) bool { return r.marks[i].Start < r.marks[j].Start })
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
	return r.marks[r.cur], true
}

func (r *reader) setSize(w, h int) {
	r.w, r.h = max(w, 0), max(h, 0)
	r.layout()
	r.scrollToCurrent()
}

func (r *reader) textWidth() int { return min(r.w-2, readerMaxWidth) }

func (r *reader) layout() {
	r.spans = nil
	if r.src != nil {
		r.spans = wrapSpans(r.src.Text, r.textWidth())
	}
	r.sc.setHeight(r.h - readerHeader)
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

func (r *reader) update(msg tea.Msg) {
	k := r.ctx.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			r.sc.by(-1)
		case key.Matches(msg, k.Down):
			r.sc.by(1)
		case key.Matches(msg, k.PageUp):
			r.sc.by(-r.sc.page())
		case key.Matches(msg, k.PageDown):
			r.sc.by(r.sc.page())
		case key.Matches(msg, k.Top):
			r.sc.top()
		case key.Matches(msg, k.Bottom):
			r.sc.bottom()
		case key.Matches(msg, k.NextExcerpt):
			r.stepExcerpt(1)
		case key.Matches(msg, k.PrevExcerpt):
			r.stepExcerpt(-1)
		}
	case tea.MouseMsg:
		r.sc.by(wheel(msg))
	}
}

// stepExcerpt moves to the next or previous excerpt, wrapping around.
func (r *reader) stepExcerpt(dir int) {
	if n := len(r.marks); n > 0 {
		r.cur = ((r.cur+dir)%n + n) % n
		r.scrollToCurrent()
	}
}

func (r *reader) title() string {
	if r.src == nil {
		return "Source"
	}
	return "Source · " + flatten(r.src.Title)
}

func (r *reader) view() []string {
	st := r.ctx.st
	if r.src == nil {
		return wrapIndent("", "", "This excerpt's source is not in the dataset.", r.w, st.warn)
	}
	pub := r.src.Published
	credit := r.src.Credit() + " · published " + pub.Display()
	if pub.Basis == model.BasisInferred {
		credit += " (inferred)"
	}
	var where string
	if _, ok := r.current(); ok {
		where = st.currentBar.Render("┃") + fmt.Sprintf(" excerpt %d of %d", r.cur+1, len(r.marks)) +
			st.dim.Render(" for ") + flatten(r.ev.Title)
	} else {
		where = st.warn.Render("! This excerpt could not be found in the article text.")
	}
	lines := []string{
		truncate(st.dim.Render(credit), r.w),
		truncate(where, r.w),
		st.rule.Render(repeat("─", min(r.w, r.textWidth()+2))),
	}
	from, to := r.sc.window()
	for i := from; i < to; i++ {
		lines = append(lines, r.line(r.spans[i]))
	}
	return lines
}

// line draws one wrapped line with its gutter: a heavy bar on the current
// excerpt, a light one on the event's other excerpts, the marked part
// highlighted too.
func (r *reader) line(sp span) string {
	st := r.ctx.st
	text := r.src.Text
	gutter := "  "
	out := ""
	at := sp.start
	for i, x := range r.marks {
		style, bar := st.other, st.otherBar.Render("│ ")
		if i == r.cur {
			style, bar = st.current, st.currentBar.Render("┃ ")
		}
		s, e := max(x.Start, sp.start), min(x.End, sp.end)
		if sp.start == sp.end && x.Start < sp.start && sp.start < x.End {
			gutter = bar // a blank line inside a multi-paragraph excerpt
			continue
		}
		if s >= e || s < at {
			continue
		}
		if gutter == "  " || i == r.cur {
			gutter = bar
		}
		out += text[at:s] + style.Render(text[s:e])
		at = e
	}
	return gutter + out + text[at:sp.end]
}
