package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"parley/export"
	"parley/model"
)

// copySelected (y) copies what the keys are on: the passage being read,
// the detail's selected quote or excerpt (the event itself when a related
// link or nothing is selected), or the event selected on the timeline, the
// time axis or the pattern view. A quote
// is its words, speaker and citation; an excerpt its verbatim text and
// citation; an event its Markdown block.
func (m *Model) copySelected() tea.Cmd {
	ds := m.ctx.ds
	switch m.layout.focus() {
	case paneReader:
		if x, ok := m.reader.current(); ok {
			return m.copyPassage(m.reader.ev, x, true)
		}
	case paneDetail:
		if it := m.detail.selectedItem(); it != nil && it.kind != itemRelated {
			return m.copyPassage(m.current, it.excerpt, it.kind == itemQuote)
		}
		if m.current != nil {
			e := m.current
			return m.clip.copy("event", whole(func() string { return export.EventClip(ds, e) }))
		}
	case paneTimeline, paneAxis, panePattern:
		if e := m.selectedEvent(); e != nil {
			return m.clip.copy("event", whole(func() string { return export.EventClip(ds, e) }))
		}
	}
	return notCopied("anything", "nothing is selected")
}

// selectedEvent is the event selected in the list pane with the keys.
func (m *Model) selectedEvent() *model.Event {
	switch m.layout.focus() {
	case paneAxis:
		return m.axis.selected()
	case panePattern:
		return m.pattern.selected()
	}
	return m.timeline.selected()
}

// copyPassage copies x, a passage of e: as the quote it is the excerpt of
// when asQuote and there is one, else as an excerpt.
func (m *Model) copyPassage(e *model.Event, x model.Excerpt, asQuote bool) tea.Cmd {
	ds := m.ctx.ds
	for _, q := range e.Quotes {
		if asQuote && q.Excerpt.SourceID == x.SourceID && q.Excerpt.Start == x.Start && q.Excerpt.End == x.End {
			return m.clip.copy("quote", whole(func() string { return export.QuoteClip(ds, q) }))
		}
	}
	return m.clip.copy("excerpt", whole(func() string { return export.ExcerptClip(ds, x) }))
}

// copyTimeline (Y) copies the events the timeline shows, under the filter,
// as a Markdown chronology. The list is read off the result in the
// command: a new query replaces the result rather than changes it.
func (m *Model) copyTimeline() tea.Cmd {
	r, v := m.result, export.View{Dataset: m.ctx.ds, About: export.Selection(m.ctx.ds, m.filter, m.result.Len())}
	return m.clip.copy("timeline", func(max int) (string, bool) {
		v.Events = r.Events()
		return export.TimelineClip(v, max)
	})
}
