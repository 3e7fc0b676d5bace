package data

import (
	"parley/model"
	"parley/termsafe"
)

// safeCopy builds the terminal-safe twin of a validated document: every
// text field through termsafe.Text, excerpts found again in the cleaned
// source text. Any new text field of the model must be added here; the
// hostile-dataset test walks every string to catch one that is missed.
//
// An event that cleaning leaves as it was is shared with the raw document
// rather than copied: in a large dataset nearly all are, and sharing them
// halves the memory the events take. same reports that cleaning changed
// nothing at all, so the raw document can serve as the safe one.
func safeCopy(doc *document) (safe *document, same bool) {
	changed, same := false, true
	t := func(s string) string {
		c := termsafe.Text(s)
		if c != s {
			changed, same = true, false
		}
		return c
	}
	sources := make([]*model.Source, len(doc.sources))
	texts := map[string]string{}
	kept := map[string]bool{} // sources whose text cleaning left as it was
	for i, s := range doc.sources {
		c := *s
		c.Title, c.Outlet, c.Author, c.PhotoCredit, c.Text = t(s.Title), t(s.Outlet), t(s.Author), t(s.PhotoCredit), t(s.Text)
		c.Published = safeDate(s.Published, t)
		texts[s.ID] = c.Text
		kept[s.ID] = c.Text == s.Text
		sources[i] = &c
	}
	sides := make([]*model.SideDef, len(doc.sides))
	for i, sd := range doc.sides {
		c := *sd
		c.Label, c.Colour = t(sd.Label), t(sd.Colour)
		sides[i] = &c
	}
	actors := make([]*model.Actor, len(doc.actors))
	for i, a := range doc.actors {
		c := *a
		c.Name, c.Role = t(a.Name), t(a.Role)
		actors[i] = &c
	}
	excerpt := func(x model.Excerpt) model.Excerpt {
		c := model.Excerpt{SourceID: x.SourceID, Text: t(x.Text), Occurrence: x.Occurrence}
		if c.Text == x.Text && kept[x.SourceID] {
			c.Start, c.End = x.Start, x.End // the same text in the same text: the same place
		} else {
			locate(&c, texts[x.SourceID])
			if c.Start != x.Start || c.End != x.End {
				changed, same = true, false
			}
		}
		return c
	}
	// The copy is made in scratch space and kept only if cleaning changed
	// something: most events cost no allocation at all.
	var c model.Event
	var parts []model.Participant
	var xs []model.Excerpt
	var qs []model.Quote
	var ls []model.Link
	events := make([]*model.Event, len(doc.events))
	for i, e := range doc.events {
		changed = false
		c = *e
		c.Title, c.Summary, c.Location = t(e.Title), t(e.Summary), t(e.Location)
		c.Date = safeDate(e.Date, t)
		parts = parts[:0]
		for _, p := range e.Participants {
			parts = append(parts, model.Participant{ActorID: p.ActorID, Part: t(p.Part)})
		}
		xs = xs[:0]
		for _, x := range e.Excerpts {
			xs = append(xs, excerpt(x))
		}
		qs = qs[:0]
		for _, q := range e.Quotes {
			q.Text, q.Occasion, q.Excerpt = t(q.Text), t(q.Occasion), excerpt(q.Excerpt)
			qs = append(qs, q)
		}
		ls = ls[:0]
		for _, l := range e.Links {
			l.Note = t(l.Note)
			ls = append(ls, l)
		}
		events[i] = e
		if changed {
			kept := c
			kept.Participants = append([]model.Participant{}, parts...)
			kept.Excerpts = append([]model.Excerpt{}, xs...)
			kept.Quotes = append([]model.Quote{}, qs...)
			kept.Links = append([]model.Link{}, ls...)
			events[i] = &kept
		}
	}
	phases := make([]*model.Phase, len(doc.phases))
	for i, p := range doc.phases {
		c := *p
		c.Title, c.Summary = t(p.Title), t(p.Summary)
		c.Excerpts = make([]model.Excerpt, len(p.Excerpts))
		for k, x := range p.Excerpts {
			c.Excerpts[k] = excerpt(x)
		}
		phases[i] = &c
	}
	return &document{sources: sources, sides: sides, actors: actors, events: events, phases: phases}, same
}

func safeDate(d model.Date, t func(string) string) model.Date {
	d.Words, d.Note = t(d.Words), t(d.Note)
	return d
}
