package export

import (
	"slices"
	"strings"

	"parley/internal/words"
	"parley/model"
)

// View is what one export holds: events of one dataset in timeline order,
// and a line saying how they were chosen ("1 of 16 events · actor: Sarah
// Sanders"), which the Markdown and TimelineJS outputs print.
type View struct {
	Dataset *model.Dataset
	Events  []*model.Event
	About   string
	Notes   Notes // the reader's marks and notes, for the Markdown chronology
}

// citedSources is every source the events quote or excerpt, in the order
// they are first cited.
// Holds says what an export in format holds, for the line that reports
// it: CSL-JSON holds the sources the events cite, every other format the
// events themselves.
func (v View) Holds(format string) string {
	events := words.Count(len(v.Events), "event", "events")
	if format == "csl-json" {
		return words.Count(len(v.citedSources()), "source", "sources") + " cited by " + events
	}
	return events
}

func (v View) citedSources() []*model.Source {
	var out []*model.Source
	seen := map[string]bool{}
	for _, e := range v.Events {
		for _, id := range sourceIDs(e) {
			if s := v.Dataset.Source(id); s != nil && !seen[id] {
				seen[id] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// sourceIDs is every source id an event's excerpts and quotes cite, once each.
func sourceIDs(e *model.Event) []string {
	var ids []string
	for _, x := range e.AllExcerpts() {
		if x.SourceID != "" && !slices.Contains(ids, x.SourceID) {
			ids = append(ids, x.SourceID)
		}
	}
	return ids
}

func actorName(ds *model.Dataset, id string) string {
	if a := ds.Actor(id); a != nil {
		return a.Name
	}
	return id
}

// dateWords is the date with its precision and where it comes from:
// "early Sep 2018; inferred from "…"".
func dateWords(d model.Date) string {
	p := d.Provenance()
	if !d.Dated() && p == "no date set" {
		return p
	}
	return d.Display() + "; " + p
}

// quotedWords is a quote as verbatim text in quotation marks: the
// speaker's words for a direct quotation; for reported speech the
// source's own sentence, so that a paraphrase is never put in the
// speaker's mouth.
func quotedWords(q model.Quote) string {
	if q.Kind == model.QuoteReported && q.Excerpt.Text != "" {
		return "“" + q.Excerpt.Text + "”"
	}
	return "“" + q.Text + "”"
}

// QuoteCredit says whose words quotedWords puts in quotation marks. For a
// direct quotation they are the speaker's (Attribution). For reported
// speech they are the article's own sentence, so the article is named as
// their author and the speaker as the one it reports: a reader who pastes
// the quote must not credit the article's narration to the speaker
// ("— the article's words, reporting Donald Trump (reported speech)").
func QuoteCredit(ds *model.Dataset, q model.Quote) string {
	if q.Kind != model.QuoteReported || q.Excerpt.Text == "" {
		return Attribution(ds, q)
	}
	s := "the article's words, reporting " + speakerNames(ds, q) + " (" + q.Kind.Label()
	if q.Occasion != "" {
		s += ", " + q.Occasion
	}
	if q.ReportedByID != "" {
		s += ", as " + actorName(ds, q.ReportedByID) + " reported it"
	}
	return s + ")"
}

// Attribution is "Speaker, direct quotation, Occasion, reported by Outlet";
// several speakers are joined as a sentence joins them ("A, B and C").
func Attribution(ds *model.Dataset, q model.Quote) string {
	s := speakerNames(ds, q) + ", " + q.Kind.Label()
	if q.Occasion != "" {
		s += ", " + q.Occasion
	}
	if q.ReportedByID != "" {
		s += ", reported by " + actorName(ds, q.ReportedByID)
	}
	return s
}

// speakerNames is a quote's speakers by name, joined as a sentence joins
// them: "Moon Jae-in and Kim Jong Un".
func speakerNames(ds *model.Dataset, q model.Quote) string {
	names := make([]string, len(q.Speakers))
	for i, id := range q.Speakers {
		names[i] = actorName(ds, id)
	}
	return model.JoinNames(names)
}

// relatedWords is each link of e read from e, as --event reads it: "leads
// to Kim's letter (kim-letter); follows from …", empty without links. A
// link to an event the view leaves out is kept: its id says where it is.
func relatedWords(ds *model.Dataset, e *model.Event) string {
	var parts []string
	for _, r := range ds.Related(e) {
		parts = append(parts, r.Phrase()+" "+r.Event.Title+" ("+r.Event.ID+")")
	}
	return strings.Join(parts, "; ")
}
