package tui

import (
	"runtime"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// swapIn shows ds (raw: as its file has it) in place of the dataset on
// screen, keeping the user's place: the filter, the selected event, the
// open panes and overlays, scroll positions. Every dataset has its own
// event pointers, so whatever held one is found again by id; whatever is
// derived from the dataset is built afresh (build), never patched; ctx,
// when not nil, is ds's context, made already.
func (m *Model) swapIn(ds, raw *model.Dataset, ctx *context) {
	old := *m
	m.build(ds, raw, ctx)
	m.filter.Actors = knownActors(ds, old.filter.Actors)
	if !m.load.touched { // --actor names actors the first datasets may lack
		m.filter.Actors = knownActors(ds, m.load.actors)
	}
	// These panes hold what the user typed and where they are, nothing of
	// the dataset but the note editor's event: the same, on the new context.
	m.search, m.help, m.note = old.search, old.help, old.note
	m.search.ctx, m.help.ctx, m.note.ctx = m.ctx, m.ctx, m.ctx
	if e := refind(ds, old.note.target.event); e != nil {
		m.note.target.event = e
	}
	m.history = nil
	for _, v := range old.history {
		if e := refind(ds, v.event); e != nil {
			m.history = append(m.history, visit{e, v.item})
		}
	}
	m.placeNotes()
	if m.sized {
		m.resize(m.w, m.h)
	}

	cur := refind(ds, old.current)
	if !m.load.touched {
		cur = nil // nobody has moved: the file opens where New would, on its first event
	}
	m.current = cur
	// In place, whatever the size: what follows finds the user's place in
	// the new result. Only a search waits, when ds's index is not built:
	// the new timeline lists nothing meanwhile, the detail keeps cur, and
	// the result selects it when it lists it.
	m.result = model.Result{}
	m.refilter(false) // selects cur when the filter lists it
	if m.query.waiting {
		m.detail.setEvent(cur, false, m.eventNotes(cur))
	}
	if cur != nil && m.current != cur {
		m.show(cur) // reached through a link, or hidden by the filter
	}
	if id := m.load.eventID; id != "" && !m.load.touched && ds.Event(id) != nil {
		m.show(ds.Event(id)) // --event, as soon as a dataset has it
		m.layout.browse(paneDetail)
		m.load.eventID = ""
	}
	if m.load.touched {
		m.keepScroll(&old)
	}
	m.keepReader(&old)
	m.keepActorCursor(&old)
	if sel := refind(ds, old.pattern.selected()); sel != nil {
		m.pattern.pv.Select(sel)
	} else {
		m.pattern.pv.Select(m.current) // the pattern's phases arrive with the complete dataset
	}
}

// refind is the event with e's id in ds; nil when ds lacks it or e is nil.
func refind(ds *model.Dataset, e *model.Event) *model.Event {
	if e == nil {
		return nil
	}
	return ds.Event(e.ID)
}

// indexSearch builds a large dataset's search index in the background,
// as Run does at start-up, so the first search letter need not wait.
func indexSearch(ds *model.Dataset) tea.Cmd {
	if len(ds.Events) < indexAhead {
		return nil
	}
	return func() tea.Msg {
		buildIndex(ds)
		return nil
	}
}

// buildIndex builds ds's search index, then, for a dataset big enough to
// search off the key path, collects the garbage the build left: hundreds
// of MB at a million events, which would otherwise bring the next
// collection (seconds of marking there) that much closer to the keys
// that follow.
func buildIndex(ds *model.Dataset) {
	ds.IndexSearch()
	if len(ds.Events) >= backgroundFrom {
		runtime.GC()
	}
}

// keepScroll keeps the selected timeline row where it was on screen, and
// the detail on the item and scroll it had, when it shows the same event.
func (m *Model) keepScroll(old *Model) {
	if t, o := &m.timeline, &old.timeline; t.selected() != nil && o.selected() != nil {
		t.sc.off = t.runs.rowOf(t.cursor) - (o.runs.rowOf(o.cursor) - o.sc.off)
		t.sc.clamp()
		t.reveal()
	}
	if d, o := &m.detail, &old.detail; d.ev != nil && o.ev != nil && d.ev.ID == o.ev.ID {
		d.moveItem(o.item)
		d.sc.off = o.sc.off
		d.sc.clamp()
		d.showItem()
	}
}

// keepReader opens the reader again on the same event and passage, at the
// same place; when the event or its excerpt is gone, the reader closes.
func (m *Model) keepReader(old *Model) {
	if !m.layout.has(paneReader) {
		return
	}
	ev := refind(m.ctx.ds, old.reader.ev)
	if ev == nil || !hasExcerpt(ev, old.reader.opened) {
		m.layout.drop(paneReader)
		return
	}
	r := &m.reader
	r.open(ev, old.reader.opened, m.filter.Search)
	if x, ok := old.reader.current(); ok { // n and N may have moved on from the one opened
		for i, y := range r.marks {
			if y.SourceID == x.SourceID && y.Start == x.Start && y.End == x.End {
				r.cur = i
			}
		}
		r.header = r.buildHeader()
		r.sc.setHeight(r.h - len(r.header))
	}
	r.setNotes(m.eventNotes(ev))
	r.sc.off = old.reader.sc.off
	r.sc.clamp()
}

// hasExcerpt reports whether x is one of e's excerpts or quotes.
func hasExcerpt(e *model.Event, x model.Excerpt) bool {
	for _, y := range e.Excerpts {
		if y == x {
			return true
		}
	}
	for _, q := range e.Quotes {
		if q.Excerpt == x {
			return true
		}
	}
	return false
}

// keepActorCursor keeps the actor filter's typed text and its cursor on
// the same actor.
func (m *Model) keepActorCursor(old *Model) {
	a, o := &m.actors, &old.actors
	a.query = o.query
	a.narrow()
	if o.cursor >= len(o.visible) {
		return
	}
	for i, act := range a.visible {
		if act.ID == o.visible[o.cursor].ID {
			a.cursor = i
			a.sc.show(i, 1)
		}
	}
}
