package data

import "parley/model"

// safeCopy builds the terminal-safe twin of a validated document: every
// text field through TerminalSafe, excerpts found again in the cleaned
// source text. Any new text field of the model must be added here; the
// hostile-dataset test walks every string to catch one that is missed.
func safeCopy(doc *document) *model.Dataset {
	t := TerminalSafe
	sources := make([]*model.Source, len(doc.sources))
	texts := map[string]string{}
	for i, s := range doc.sources {
		c := *s
		c.Title, c.Outlet, c.Author, c.PhotoCredit, c.Text = t(s.Title), t(s.Outlet), t(s.Author), t(s.PhotoCredit), t(s.Text)
		c.Published = safeDate(s.Published)
		texts[s.ID] = c.Text
		sources[i] = &c
	}
	actors := make([]*model.Actor, len(doc.actors))
	for i, a := range doc.actors {
		c := *a
		c.Name, c.Role = t(a.Name), t(a.Role)
		actors[i] = &c
	}
	excerpt := func(x model.Excerpt) model.Excerpt {
		c := model.Excerpt{SourceID: x.SourceID, Text: t(x.Text)}
		locate(&c, texts[x.SourceID])
		return c
	}
	events := make([]*model.Event, len(doc.events))
	for i, e := range doc.events {
		c := *e
		c.Title, c.Summary, c.Location = t(e.Title), t(e.Summary), t(e.Location)
		c.Date = safeDate(e.Date)
		c.Participants = make([]model.Participant, len(e.Participants))
		for j, p := range e.Participants {
			c.Participants[j] = model.Participant{ActorID: p.ActorID, Part: t(p.Part)}
		}
		c.Excerpts = make([]model.Excerpt, len(e.Excerpts))
		for j, x := range e.Excerpts {
			c.Excerpts[j] = excerpt(x)
		}
		c.Quotes = make([]model.Quote, len(e.Quotes))
		for j, q := range e.Quotes {
			q.Text, q.Occasion, q.Excerpt = t(q.Text), t(q.Occasion), excerpt(q.Excerpt)
			c.Quotes[j] = q
		}
		c.Links = make([]model.Link, len(e.Links))
		for j, l := range e.Links {
			l.Note = t(l.Note)
			c.Links[j] = l
		}
		events[i] = &c
	}
	return model.NewDataset(sources, actors, events)
}

func safeDate(d model.Date) model.Date {
	d.Words, d.Note = TerminalSafe(d.Words), TerminalSafe(d.Note)
	return d
}
