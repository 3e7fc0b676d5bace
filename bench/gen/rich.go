package gen

import (
	"fmt"
	"strings"

	"parley/data"
	"parley/model"
)

// richEvent is an event as full as the embedded dataset's: a long summary,
// two to four actors each with a described part, two or three verbatim
// passages, often a quote (now and then by several speakers together),
// links with notes, and a date note. Its median JSON size is near the
// embedded events' (about 1.3 KB); TestRichEventsMatchTheEmbeddedSize
// holds it there.
func (m *eventMaker) richEvent(i int) data.FileEvent {
	who := m.cast.pick(2 + m.r.IntN(3))
	e := data.FileEvent{ID: eventID(i), Date: m.date(), Status: string(m.status())}
	first, second := m.cast.actors[who[0]], m.cast.actors[who[1]]
	e.Title = first.Name + " " + verbs[m.r.IntN(len(verbs))] + " " + second.Name + " on " + m.v.word() + " " + m.v.word()
	e.Summary = m.phrase(18 + m.r.IntN(14))
	if m.pct() < 60 {
		e.Location = capitalised(pseudoWord(m.r, 2+m.r.IntN(2)))
	}
	for _, a := range who {
		part := parts[m.r.IntN(len(parts))]
		if m.pct() < 50 {
			part += " " + strings.ToLower(strings.TrimSuffix(m.phrase(2+m.r.IntN(4)), "."))
		}
		e.Actors = append(e.Actors, data.FileParticipant{Actor: m.cast.actors[a].ID, Part: part})
	}
	for range 2 + m.r.IntN(2) {
		e.Excerpts = append(e.Excerpts, m.excerpt(m.corpus.passage(m.r, 1+m.r.IntN(2))))
	}
	switch q := m.pct(); {
	case q < 10:
		quote := m.quoteFrom(m.corpus.passage(m.r, 2), "")
		quote.Speakers = []string{first.ID, second.ID}
		e.Quotes = []data.FileQuote{unmarked(quote)}
	case q < 45:
		e.Quotes = []data.FileQuote{unmarked(m.quoteFrom(m.corpus.passage(m.r, 2), first.ID))}
	}
	quoteCitedWords(&e)
	if e.Date.Basis == string(model.BasisStated) && m.pct() < 40 {
		e.Date.Note = "as the source dates it: " + strings.ToLower(m.phrase(6+m.r.IntN(6)))
	}
	if i > 0 {
		for range 1 + m.r.IntN(3) {
			m.addLink(&e, i)
		}
	}
	m.phases.note(i, e.Date)
	return e
}

// unmarked drops quotation marks from the ends of a quote's words, which
// the loader warns about (the quote shows its own marks), keeping them
// when nothing else is left.
func unmarked(q data.FileQuote) data.FileQuote {
	if t := strings.Trim(q.Text, "“”"); t != "" {
		q.Text = t
	}
	return q
}

// filePhase is a phase as the dataset file writes it.
type filePhase struct {
	ID       string             `json:"id"`
	Title    string             `json:"title"`
	Summary  string             `json:"summary"`
	Start    string             `json:"start"`
	End      string             `json:"end"`
	Events   []string           `json:"events"`
	Excerpts []data.FileExcerpt `json:"excerpts"`
}

// phaseMaker gathers, per calendar year, the first few day-dated events,
// and makes each year with any a phase naming them.
type phaseMaker struct {
	byYear map[int][]int
	years  []int // in the order first seen, so output follows the seed
}

const eventsPerPhase = 6

func (p *phaseMaker) note(i int, d data.FileDate) {
	if d.Precision != string(model.PrecisionDay) {
		return
	}
	var year int
	if _, err := fmt.Sscanf(d.Start, "%d-", &year); err != nil {
		return
	}
	if p.byYear == nil {
		p.byYear = map[int][]int{}
	}
	if _, seen := p.byYear[year]; !seen {
		p.years = append(p.years, year)
	}
	if len(p.byYear[year]) < eventsPerPhase {
		p.byYear[year] = append(p.byYear[year], i)
	}
}

func (p *phaseMaker) list(m *eventMaker) []filePhase {
	out := make([]filePhase, 0, len(p.years))
	for _, year := range p.years {
		ph := filePhase{
			ID:      fmt.Sprintf("year-%d", year),
			Title:   fmt.Sprintf("The year %d", year),
			Summary: m.phrase(12 + m.r.IntN(10)),
			Start:   fmt.Sprintf("%d-01-01", year),
			End:     fmt.Sprintf("%d-12-31", year),
		}
		for _, i := range p.byYear[year] {
			ph.Events = append(ph.Events, eventID(i))
		}
		ph.Excerpts = []data.FileExcerpt{m.excerpt(m.corpus.passage(m.r, 2))}
		out = append(out, ph)
	}
	return out
}
