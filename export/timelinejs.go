package export

import (
	"html"
	"io"
	"slices"
	"strings"
	"time"

	"parley/model"
)

// The TimelineJS3 JSON shape, as its TimelineConfig and TLDate read it.
// Only the date parts that are known are written: TimelineJS takes a
// missing month or day as "not known" and picks its display format from
// the parts present.
type (
	TimelineDoc struct {
		Title  *TimelineSlide  `json:"title,omitempty"`
		Events []TimelineSlide `json:"events"`
		Eras   []TimelineEra   `json:"eras,omitempty"`
	}
	// TimelineEra is a band across the time axis with a headline.
	TimelineEra struct {
		StartDate TimelineDate `json:"start_date"`
		EndDate   TimelineDate `json:"end_date"`
		Text      TimelineText `json:"text"`
	}
	TimelineSlide struct {
		StartDate   *TimelineDate  `json:"start_date,omitempty"`
		EndDate     *TimelineDate  `json:"end_date,omitempty"`
		DisplayDate string         `json:"display_date,omitempty"`
		Text        TimelineText   `json:"text"`
		Media       *TimelineMedia `json:"media,omitempty"`
		Group       string         `json:"group,omitempty"`
		UniqueID    string         `json:"unique_id,omitempty"`
	}
	TimelineDate struct {
		Year        int    `json:"year"`
		Month       int    `json:"month,omitempty"`
		Day         int    `json:"day,omitempty"`
		DisplayDate string `json:"display_date,omitempty"`
	}
	TimelineText struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	}
	TimelineMedia struct {
		URL     string `json:"url"`
		Caption string `json:"caption,omitempty"`
		Credit  string `json:"credit,omitempty"`
	}
)

// TimelineJS writes the view as a TimelineJS3 timeline. Each event is a
// slide with unique_id = the event id, its headline and text (HTML, every
// dataset string escaped), its group (the first actor named) and its
// date: a day as year, month, day; a month as year and month; a range as
// start and end days; display_date carries the precision words ("early Sep
// 2018"). TimelineJS shows no slide without a start date, so an undated
// event is written without one (parley reads it back as undated) and the
// title slide lists it by name. Each phase of the dataset with an event
// in the view is an era, a band over its span headed by its title.
func TimelineJS(w io.Writer, v View) error {
	doc := TimelineDoc{Events: make([]TimelineSlide, 0, len(v.Events))}
	var undated []string
	cite := newCiter(v.Dataset)
	for _, e := range v.Events {
		doc.Events = append(doc.Events, slide(v.Dataset, cite, e))
		if !e.Date.Dated() {
			undated = append(undated, e.Title)
		}
	}
	doc.Title = titleSlide(v, undated)
	doc.Eras = eras(v)
	return WriteJSON(w, doc)
}

// eras are the dataset's phases that hold an event of the view.
func eras(v View) []TimelineEra {
	var out []TimelineEra
	for _, p := range v.Dataset.Phases {
		if !slices.ContainsFunc(v.Events, func(e *model.Event) bool { return slices.Contains(p.EventIDs, e.ID) }) {
			continue
		}
		day := func(t time.Time) TimelineDate {
			return TimelineDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
		}
		out = append(out, TimelineEra{StartDate: day(p.Start), EndDate: day(p.End),
			Text: TimelineText{Headline: html.EscapeString(p.Title), Text: para(p.Summary)}})
	}
	return out
}

func titleSlide(v View, undated []string) *TimelineSlide {
	var text strings.Builder
	if v.About != "" {
		text.WriteString(para(v.About))
	}
	for _, s := range v.citedSources() {
		text.WriteString(para("Source: " + Citation(s, 0)))
	}
	if len(undated) > 0 {
		text.WriteString(para("Not on the timeline (no date set): " + strings.Join(undated, "; ") + "."))
	}
	return &TimelineSlide{Text: TimelineText{Headline: "Chronology", Text: text.String()}}
}

func slide(ds *model.Dataset, cite *citer, e *model.Event) TimelineSlide {
	s := TimelineSlide{
		DisplayDate: e.Date.Display(),
		Text:        TimelineText{Headline: html.EscapeString(e.Title), Text: slideText(ds, cite, e)},
		UniqueID:    e.ID,
	}
	if len(e.Participants) > 0 {
		s.Group = html.EscapeString(actorName(ds, e.Participants[0].ActorID))
	}
	d := e.Date
	switch d.Precision {
	case model.PrecisionDay:
		s.StartDate = &TimelineDate{Year: d.Start.Year(), Month: int(d.Start.Month()), Day: d.Start.Day()}
	case model.PrecisionMonth:
		s.StartDate = &TimelineDate{Year: d.Start.Year(), Month: int(d.Start.Month())}
	case model.PrecisionRange:
		s.StartDate = &TimelineDate{Year: d.Start.Year(), Month: int(d.Start.Month()), Day: d.Start.Day()}
		s.EndDate = &TimelineDate{Year: d.End.Year(), Month: int(d.End.Month()), Day: d.End.Day()}
	}
	return s
}

// slideText is the slide's body: summary, where and who, each quote and
// excerpt as a block quote with its citation.
func slideText(ds *model.Dataset, cite *citer, e *model.Event) string {
	var b strings.Builder
	b.WriteString(para(e.Summary))
	facts := "Status: " + string(e.Status)
	if e.Location != "" {
		facts += ". Location: " + e.Location
	}
	if actors := participants(ds, e); actors != "" {
		facts += ". Actors: " + actors
	}
	if related := relatedWords(ds, e); related != "" {
		facts += ". Related: " + related
	}
	b.WriteString(para(facts + "."))
	for _, q := range e.Quotes {
		b.WriteString("<blockquote>" + html.EscapeString(quotedWords(q)) + "</blockquote>")
		b.WriteString(para("— " + QuoteCredit(ds, q) + ". " + cite.cite(q.Excerpt)))
	}
	for _, x := range e.Excerpts {
		b.WriteString("<blockquote>" + html.EscapeString(x.Text) + "</blockquote>")
		b.WriteString(para(cite.cite(x)))
	}
	if len(e.Quotes)+len(e.Excerpts) == 0 {
		b.WriteString(para("No source excerpts."))
	}
	return b.String()
}

func para(s string) string { return "<p>" + html.EscapeString(s) + "</p>" }
