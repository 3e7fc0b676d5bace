package cli

import (
	"fmt"
	"io"
	"strings"

	"parley/export"
	"parley/internal/words"
	"parley/model"
)

// The plain format is meant to be read, grepped and diffed: one "label:
// value" record per event, records separated by a blank line, no styling,
// no wrapping. It takes a terminal-safe dataset (data.Loaded.Safe), so no
// text in it can drive a terminal.

// WriteTimeline prints a count line naming the filter, then one record per
// event the filter keeps (saying when the reader marked it or wrote notes
// on it), then the reader's notes that no longer attach to the dataset.
func WriteTimeline(w io.Writer, ds *model.Dataset, f model.Filter, nb NotesView) error {
	p := &printer{w: w}
	events := ds.Query(f)
	p.line(export.Selection(ds, f, len(events)))
	for _, e := range events {
		p.line("")
		p.field("date", e.Date.WithBasis())
		p.field("status", string(e.Status))
		p.field("title", e.Title)
		p.field("actors", actorNames(ds.ActorsOf(e)))
		if phases := ds.PhasesOf(e); len(phases) > 0 {
			p.field("phase", phaseTitles(phases))
		}
		p.field("id", e.ID)
		if len(e.Excerpts)+len(e.Quotes) == 0 {
			p.field("note", noExcerpts)
		}
		if nb.Book.Marked(e.ID) {
			p.field("marked", "yes")
		}
		if n := len(nb.Places.Of(e.ID)); n > 0 {
			p.field("notes", words.Count(n, "note", "notes")+" (parley --event "+e.ID+" shows them)")
		}
	}
	p.orphansSection(nb.Places.Orphans, nb.Places.OrphanMarks)
	return p.err
}

// noExcerpts is said of an event that rests on no passage of a source, as
// one imported from a TimelineJS timeline.
const noExcerpts = "no source excerpts"

func actorNames(actors []*model.Actor) string {
	if len(actors) == 0 {
		return "none"
	}
	names := make([]string, len(actors))
	for i, a := range actors {
		names[i] = oneLine(a.Name)
	}
	return strings.Join(names, ", ")
}

// phaseTitles names the phases an event is part of.
func phaseTitles(phases []*model.Phase) string {
	titles := make([]string, len(phases))
	for i, ph := range phases {
		titles[i] = oneLine(ph.Title)
	}
	return strings.Join(titles, ", ")
}

// oneLine folds every run of whitespace, line breaks included, into one
// space, so a value can never break the one-record-per-block layout.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// printer writes lines and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.w, s+"\n")
	}
}

// labelWidth aligns values: the longest label, "location:", plus a space.
const labelWidth = 10

// field prints "label:" then the value folded onto one line.
func (p *printer) field(label, value string) {
	p.line(fmt.Sprintf("%-*s%s", labelWidth, label+":", oneLine(value)))
}

// more continues the field above on a line of its own.
func (p *printer) more(value string) {
	p.line(strings.Repeat(" ", labelWidth) + oneLine(value))
}
