package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"parley/data"
	"parley/model"
)

var (
	verbs = []string{"meets", "writes to", "visits", "warns", "praises", "rebuffs", "calls",
		"hosts", "proposes talks with", "signs with", "sends envoys to"}
	alone     = []string{"speaks", "announces a plan", "issues a statement", "travels", "reports"}
	parts     = []string{"host", "guest", "signatory", "speaker", "mediator", "target of criticism", "author"}
	occasions = []string{"press briefing", "state dinner", "televised address", "interview", "joint statement"}
	relWords  = []string{"last Monday", "this Friday", "next week", "end of this month", "earlier this year"}
	epoch     = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
)

// eventMaker draws events; it keeps the shared pieces in one place.
type eventMaker struct {
	r      *rand.Rand
	v      *vocabulary
	cast   *cast
	corpus *corpus
	n      int
	linked map[[2]int]bool // pairs of event indexes already linked, from -> to
	rich   bool
	phases *phaseMaker // nil unless rich
}

func eventID(i int) string     { return fmt.Sprintf("ev-%06d", i+1) }
func sourceID(i int) string    { return fmt.Sprintf("src-%04d", i+1) }
func sourceFile(i int) string  { return fmt.Sprintf("sources/%s.txt", sourceID(i)) }
func day(t time.Time) string   { return t.Format(model.DayLayout) }
func (m *eventMaker) pct() int { return m.r.IntN(100) }

func (m *eventMaker) event(i int) data.FileEvent {
	if m.rich {
		return m.richEvent(i)
	}
	who := m.cast.pick(1 + m.r.IntN(3))
	e := data.FileEvent{ID: eventID(i), Date: m.date(), Status: string(m.status())}
	name := m.cast.actors[who[0]].Name
	if len(who) > 1 {
		e.Title = name + " " + verbs[m.r.IntN(len(verbs))] + " " + m.cast.actors[who[1]].Name
	} else {
		e.Title = name + " " + alone[m.r.IntN(len(alone))]
	}
	e.Title += " on " + m.v.word() + " " + m.v.word()
	e.Summary = m.phrase(5 + m.r.IntN(6))
	if m.pct() < 40 {
		e.Location = capitalised(pseudoWord(m.r, 2+m.r.IntN(2)))
	}
	for _, a := range who {
		e.Actors = append(e.Actors, data.FileParticipant{Actor: m.cast.actors[a].ID, Part: parts[m.r.IntN(len(parts))]})
	}
	e.Excerpts = []data.FileExcerpt{}
	quoted := m.pct() < 25
	if !quoted || m.pct() < 50 {
		e.Excerpts = append(e.Excerpts, m.excerpt(m.corpus.pick(m.r)))
		if m.pct() < 15 {
			e.Excerpts = append(e.Excerpts, m.excerpt(m.corpus.pick(m.r)))
		}
	}
	if quoted {
		e.Quotes = []data.FileQuote{m.quote(m.cast.actors[who[0]].ID)}
	}
	quoteCitedWords(&e)
	if i > 0 && m.pct() < 30 {
		m.addLink(&e, i)
	}
	return e
}

// addLink draws a link from event i and keeps it unless the pair is
// already linked either way, which the loader refuses; a dropped link is
// still drawn, so the rest of the dataset is the same for a seed.
func (m *eventMaker) addLink(e *data.FileEvent, i int) {
	l, j := m.link(i)
	if m.linked[[2]int{i, j}] || m.linked[[2]int{j, i}] {
		return
	}
	e.Related = append(e.Related, l)
	m.linked[[2]int{i, j}] = true
}

func (m *eventMaker) excerpt(s sentence) data.FileExcerpt {
	return data.FileExcerpt{Source: sourceID(s.source), Text: s.text}
}

// quote takes some words of a random source sentence as what the speaker said.
func (m *eventMaker) quote(speaker string) data.FileQuote {
	return m.quoteFrom(m.corpus.pick(m.r), speaker)
}

// quoteFrom takes some words of s as what the speaker said.
func (m *eventMaker) quoteFrom(s sentence, speaker string) data.FileQuote {
	words := strings.Fields(s.text)
	from := m.r.IntN(len(words))
	to := from + 1 + m.r.IntN(len(words)-from)
	q := data.FileQuote{
		Speaker: speaker,
		Text:    strings.Join(words[from:to], " "),
		Kind:    string(model.QuoteKinds[m.r.IntN(len(model.QuoteKinds))]),
		Excerpt: m.excerpt(s),
	}
	if m.pct() < 50 {
		q.Occasion = occasions[m.r.IntN(len(occasions))]
	}
	if len(m.cast.media) > 0 && m.pct() < 30 {
		q.ReportedBy = m.cast.actors[m.cast.media[m.r.IntN(len(m.cast.media))]].ID
	}
	return q
}

// link points at another event, earlier or later, never itself; it also
// returns that event's index.
func (m *eventMaker) link(i int) (data.FileLink, int) {
	j := m.r.IntN(m.n - 1)
	if j >= i {
		j++
	}
	l := data.FileLink{Event: eventID(j), Kind: string(model.LinkKinds[m.r.IntN(len(model.LinkKinds))])}
	if m.pct() < 30 {
		l.Note = m.phrase(5 + m.r.IntN(5))
	}
	return l, j
}

// date spreads events over 35 years with every precision and basis.
func (m *eventMaker) date() data.FileDate {
	start := epoch.AddDate(0, 0, m.r.IntN(35*365))
	var d data.FileDate
	switch p := m.pct(); {
	case p < 70:
		d = data.FileDate{Precision: string(model.PrecisionDay), Start: day(start)}
	case p < 82:
		first := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
		part := []model.Part{model.PartWhole, model.PartEarly, model.PartMid, model.PartLate}[m.r.IntN(4)]
		d = data.FileDate{Precision: string(model.PrecisionMonth), Start: day(first), Part: string(part)}
	case p < 95:
		end := start.AddDate(0, 0, 1+m.r.IntN(20))
		d = data.FileDate{Precision: string(model.PrecisionRange), Start: day(start), End: day(end)}
	default:
		return data.FileDate{Precision: string(model.PrecisionNone)}
	}
	switch b := m.pct(); {
	case b < 60:
		d.Basis = string(model.BasisStated)
	case b < 85:
		d.Basis, d.Words = string(model.BasisInferred), relWords[m.r.IntN(len(relWords))]
	default:
		d.Basis, d.Note = string(model.BasisRecord), "from public record: "+m.phrase(4)
	}
	return d
}

func (m *eventMaker) status() model.Status {
	if m.pct() < 60 {
		return model.StatusOccurred
	}
	return model.Statuses[m.r.IntN(len(model.Statuses))]
}

// phrase is n vocabulary words as a capitalised sentence: text written for
// the dataset rather than taken from a source.
func (m *eventMaker) phrase(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = m.v.word()
	}
	words[0] = capitalised(words[0])
	return strings.Join(words, " ") + "."
}

// quoteCitedWords makes an inferred date's words a phrase of the event's
// first cited excerpt, as the loader requires of every dataset: a date's
// words quote a source the event cites. No random draw, so a seed gives
// the same dataset otherwise.
func quoteCitedWords(e *data.FileEvent) {
	if e.Date.Words == "" {
		return
	}
	if len(e.Excerpts) > 0 {
		e.Date.Words = firstWords(e.Excerpts[0].Text, 2)
	} else if len(e.Quotes) > 0 {
		e.Date.Words = firstWords(e.Quotes[0].Excerpt.Text, 2)
	}
}

// firstWords is text's first n words, as written.
func firstWords(text string, n int) string {
	words := strings.Fields(text)
	return strings.Join(words[:min(n, len(words))], " ")
}
