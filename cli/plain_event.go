package cli

import (
	"fmt"
	"io"
	"strings"

	"parley/export"
	"parley/model"
)

// WriteEvent prints one event in full: its fields, actors with their
// parts, each excerpt and quote with the sentences around it in the
// source, the sources it cites, the events it is linked to, and the
// reader's notes on it. e is from the terminal-safe dataset ds; raw is the
// same event as the file has it, whose byte offsets are the ones printed,
// as --json prints them.
func WriteEvent(w io.Writer, ds *model.Dataset, e, raw *model.Event, nb NotesView) error {
	p := &printer{w: w}
	spans := raw.AllExcerpts()
	p.field("id", e.ID)
	p.field("title", e.Title)
	p.field("date", e.Date.Display())
	if why := e.Date.Provenance(); why != "" {
		p.more(why)
	}
	p.field("status", string(e.Status))
	if nb.Book.Marked(e.ID) {
		p.field("marked", "yes")
	}
	p.field("location", orNotStated(e.Location))
	if phases := ds.PhasesOf(e); len(phases) > 0 {
		p.field("phase", phaseTitles(phases))
	}
	p.field("summary", e.Summary)

	p.section("actors")
	for _, part := range e.Participants {
		p.item(participantLine(ds, part))
	}
	if len(e.Participants) == 0 {
		p.item("none")
	}

	if len(e.Excerpts)+len(e.Quotes) == 0 {
		p.section("excerpts")
		p.item(noExcerpts)
	}
	if len(e.Excerpts) > 0 {
		p.section("excerpts")
		for i, x := range e.Excerpts {
			p.item(fmt.Sprintf("[%d] %s", i+1, spanLabel(spans[i])))
			p.excerptInContext(ds, x)
		}
	}

	if len(e.Quotes) > 0 {
		p.section("quotes")
		for i, q := range e.Quotes {
			p.item(fmt.Sprintf("[%d] %s", i+1, export.Attribution(ds, q)))
			p.sub(quoteLabel(q), q.Text)
			p.sub("source", spanLabel(spans[len(e.Excerpts)+i]))
			p.excerptInContext(ds, q.Excerpt)
		}
	}

	if sources := citedSources(ds, e); len(sources) > 0 {
		p.section("sources")
		for _, s := range sources {
			p.item(fmt.Sprintf("%s: %q, %s; %s", s.ID, oneLine(s.Title), oneLine(s.Credit()), s.Published.Publication()))
		}
	}

	if related := ds.Related(e); len(related) > 0 {
		p.section("related")
		for _, r := range related {
			// Said from this event, with the end that declares the link, so
			// that a link written on the wrong event reads wrong here.
			line := fmt.Sprintf("this event %s %s: %s (%s)", r.Phrase(), r.Event.ID, oneLine(r.Event.Title), r.Event.Date.Display())
			if r.Inverse {
				line += "; declared on " + r.Event.ID
			}
			if r.Note != "" {
				line += "; " + r.Note
			}
			p.item(line)
		}
	}
	p.notesSection(nb.Places.Of(e.ID))
	p.orphansSection(orphansOf(nb.Places.Orphans, e.ID), nil)
	return p.err
}

// orphansOf is the orphaned notes written on the event with this id.
func orphansOf(orphans []model.PlacedNote, id string) []model.PlacedNote {
	var out []model.PlacedNote
	for _, n := range orphans {
		if n.EventID == id {
			out = append(out, n)
		}
	}
	return out
}

func orNotStated(s string) string {
	if strings.TrimSpace(s) == "" {
		return "not stated"
	}
	return s
}

// participantLine is "Name (role; side): part".
func participantLine(ds *model.Dataset, part model.Participant) string {
	a := ds.Actor(part.ActorID)
	if a == nil {
		return part.ActorID + ": " + part.Part
	}
	about := ds.SideLabel(a.Side)
	if a.Role != "" {
		about = a.Role + "; " + about
	}
	return fmt.Sprintf("%s (%s): %s", a.Name, about, part.Part)
}

func actorName(ds *model.Dataset, id string) string {
	if a := ds.Actor(id); a != nil {
		return a.Name
	}
	return id
}

// spanLabel says where an excerpt sits: "source-id, bytes 10–42".
func spanLabel(x model.Excerpt) string {
	if x.Start < 0 {
		return x.SourceID + ", not found in the source's text"
	}
	return fmt.Sprintf("%s, bytes %d–%d", x.SourceID, x.Start, x.End)
}

// excerptInContext prints the excerpt between the sentence before and the
// sentence after it, each on its own labelled line.
func (p *printer) excerptInContext(ds *model.Dataset, x model.Excerpt) {
	var before, after string
	if src := ds.Source(x.SourceID); src != nil && x.Start >= 0 {
		before, after = model.SentencesAround(src.Text, x.Start, x.End)
	}
	if strings.TrimSpace(before) != "" {
		p.sub("before", before)
	}
	p.sub("excerpt", x.Text)
	if strings.TrimSpace(after) != "" {
		p.sub("after", after)
	}
}

// citedSources is every source the event's excerpts and quotes rest on,
// in the order first cited.
func citedSources(ds *model.Dataset, e *model.Event) []*model.Source {
	var out []*model.Source
	seen := map[string]bool{}
	for _, x := range e.AllExcerpts() {
		if s := ds.Source(x.SourceID); s != nil && !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	return out
}

// section starts a block of items after a blank line.
func (p *printer) section(label string) {
	p.line("")
	p.line(label + ":")
}

// item is one entry of a section, indented under its label.
func (p *printer) item(value string) { p.line("  " + oneLine(value)) }

// subWidth aligns the labels under an item: "excerpt:" plus a space.
const subWidth = 9

// sub is a labelled line under an item.
func (p *printer) sub(label, value string) {
	p.line(fmt.Sprintf("      %-*s%s", subWidth, label+":", oneLine(value)))
}

// quoteLabel names a quote's text: the speaker's words ("said") for a
// direct quotation; for reported speech the gist the article reports,
// which --event must not present as the speaker's words.
func quoteLabel(q model.Quote) string {
	if q.Kind == model.QuoteReported {
		return "gist"
	}
	return "said"
}
