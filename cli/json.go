package cli

import (
	"io"

	"parley/data"
	"parley/export"
	"parley/model"
)

// OutputFormat names the JSON output's shape; it changes only when a field
// is removed or changes meaning.
const OutputFormat = "parley-output/1"

// The JSON output is its own documented format, not the input schema: it
// adds what a script would otherwise recompute (display dates, byte
// offsets, links seen from both ends) and always carries every field, empty
// or not, so consumers need no existence checks. Text is raw, exactly as in
// the dataset; control characters are escaped (ESC as \u001b, see
// export.WriteJSON).

type jsonDocument struct {
	Format      string       `json:"format"`
	Dataset     string       `json:"dataset"`
	Schema      string       `json:"schema"`
	Filter      jsonFilter   `json:"filter"`
	TotalEvents int          `json:"total_events"`
	Events      []jsonEvent  `json:"events"`
	Actors      []jsonActor  `json:"actors"`
	Sides       []jsonSide   `json:"sides"`
	Sources     []jsonSource `json:"sources"`
	Phases      []jsonPhase  `json:"phases"`
	Notebook    jsonNotebook `json:"notebook"`
}

type jsonSide struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Colour string `json:"colour"`
}

type jsonFilter struct {
	Actors     []string `json:"actors"`
	Match      string   `json:"match"`
	Search     string   `json:"search"`
	MarkedOnly bool     `json:"marked_only"`
	Event      string   `json:"event"`
}

type jsonDate struct {
	Display    string `json:"display"`
	Precision  string `json:"precision"`
	Start      string `json:"start"`
	End        string `json:"end"`
	Part       string `json:"part"`
	Basis      string `json:"basis"`
	Words      string `json:"words"`
	Note       string `json:"note"`
	Provenance string `json:"provenance"`
}

type jsonEvent struct {
	ID           string            `json:"id"`
	Title        string            `json:"title"`
	Summary      string            `json:"summary"`
	Date         jsonDate          `json:"date"`
	Status       string            `json:"status"`
	Location     string            `json:"location"`
	Participants []jsonParticipant `json:"participants"`
	Actors       []string          `json:"actors"`
	Excerpts     []jsonExcerpt     `json:"excerpts"`
	Quotes       []jsonQuote       `json:"quotes"`
	Related      []jsonRelated     `json:"related"`
	Phases       []string          `json:"phases"` // ids of the phases that list the event
	Marked       bool              `json:"marked"`
	Notes        []jsonNote        `json:"notes"`
}

type jsonPhase struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Summary  string        `json:"summary"`
	Start    string        `json:"start"`
	End      string        `json:"end"`
	Display  string        `json:"display"`
	Events   []string      `json:"events"` // every event the phase lists, in timeline order, filter or not
	Excerpts []jsonExcerpt `json:"excerpts"`
}

type jsonParticipant struct {
	Actor string `json:"actor"`
	Part  string `json:"part"`
}

type jsonExcerpt struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

type jsonQuote struct {
	Speaker    string      `json:"speaker"` // the first of speakers, as before quotes had several
	Speakers   []string    `json:"speakers"`
	Text       string      `json:"text"`
	Kind       string      `json:"kind"`
	Occasion   string      `json:"occasion"`
	ReportedBy string      `json:"reported_by"`
	Excerpt    jsonExcerpt `json:"excerpt"`
}

type jsonRelated struct {
	Event     string `json:"event"`
	Kind      string `json:"kind"`
	Direction string `json:"direction"` // "outgoing": declared by this event; "incoming": by the other
	Phrase    string `json:"phrase"`
	Note      string `json:"note"`
}

type jsonActor struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Role      string `json:"role"`
	Side      string `json:"side"`
	SideLabel string `json:"side_label"`
}

type jsonSource struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Outlet      string   `json:"outlet"`
	Author      string   `json:"author"`
	Published   jsonDate `json:"published"`
	PhotoCredit string   `json:"photo_credit"`
	Credit      string   `json:"credit"`
	Text        string   `json:"text"`
}

// writeJSON prints the document for the given events of a raw dataset
// (data.Loaded.Raw) named name: the events in the order given, with the
// reader's marks and notes, then every actor and source, then the notes
// that no longer attach. filter records what selected the events.
func writeJSON(w io.Writer, name string, ds *model.Dataset, events []*model.Event, filter jsonFilter, nb NotesView) error {
	filter.Actors = nonNil(filter.Actors)
	doc := jsonDocument{
		Format:      OutputFormat,
		Dataset:     name,
		Schema:      data.SchemaVersion,
		Filter:      filter,
		TotalEvents: len(ds.Events),
		Events:      make([]jsonEvent, len(events)),
		Actors:      make([]jsonActor, len(ds.Actors)),
		Sides:       make([]jsonSide, len(ds.Sides)),
		Sources:     make([]jsonSource, len(ds.Sources)),
		Phases:      make([]jsonPhase, len(ds.Phases)),
		Notebook:    toJSONNotebook(nb),
	}
	for i, p := range ds.Phases {
		doc.Phases[i] = toJSONPhase(ds, p)
	}
	for i, e := range events {
		doc.Events[i] = toJSONEvent(ds, e)
		doc.Events[i].Marked = nb.Book.Marked(e.ID)
		doc.Events[i].Notes = toJSONNotes(nb.Places.Of(e.ID))
	}
	for i, a := range ds.Actors {
		doc.Actors[i] = jsonActor{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Role: a.Role, Side: string(a.Side), SideLabel: ds.SideLabel(a.Side)}
	}
	for i, s := range ds.Sides {
		doc.Sides[i] = jsonSide{ID: string(s.ID), Label: s.Label, Colour: s.Colour}
	}
	for i, s := range ds.Sources {
		doc.Sources[i] = jsonSource{
			ID: s.ID, Title: s.Title, Outlet: s.Outlet, Author: s.Author,
			Published: toJSONPublished(s.Published), PhotoCredit: s.PhotoCredit, Credit: s.Credit(), Text: s.Text,
		}
	}
	return export.WriteJSON(w, doc)
}

func newJSONFilter(f model.Filter, eventID string) jsonFilter {
	return jsonFilter{Actors: f.Actors, Match: f.Mode.Label(), Search: f.Search, MarkedOnly: f.MarkedOnly, Event: eventID}
}

func toJSONEvent(ds *model.Dataset, e *model.Event) jsonEvent {
	out := jsonEvent{
		ID: e.ID, Title: e.Title, Summary: e.Summary, Date: toJSONDate(e.Date),
		Status: string(e.Status), Location: e.Location,
		Participants: make([]jsonParticipant, len(e.Participants)),
		Actors:       []string{},
		Excerpts:     make([]jsonExcerpt, len(e.Excerpts)),
		Quotes:       make([]jsonQuote, len(e.Quotes)),
		Related:      []jsonRelated{},
		Phases:       []string{},
	}
	for _, p := range ds.PhasesOf(e) {
		out.Phases = append(out.Phases, p.ID)
	}
	for i, p := range e.Participants {
		out.Participants[i] = jsonParticipant{Actor: p.ActorID, Part: p.Part}
	}
	for _, a := range ds.ActorsOf(e) {
		out.Actors = append(out.Actors, a.ID)
	}
	for i, x := range e.Excerpts {
		out.Excerpts[i] = toJSONExcerpt(x)
	}
	for i, q := range e.Quotes {
		out.Quotes[i] = jsonQuote{
			Speaker: firstOf(q.Speakers), Speakers: nonNil(q.Speakers), Text: q.Text, Kind: string(q.Kind), Occasion: q.Occasion,
			ReportedBy: q.ReportedByID, Excerpt: toJSONExcerpt(q.Excerpt),
		}
	}
	for _, r := range ds.Related(e) {
		direction := "outgoing"
		if r.Inverse {
			direction = "incoming"
		}
		out.Related = append(out.Related, jsonRelated{Event: r.Event.ID, Kind: string(r.Kind), Direction: direction, Phrase: r.Phrase(), Note: r.Note})
	}
	return out
}

func toJSONPhase(ds *model.Dataset, p *model.Phase) jsonPhase {
	out := jsonPhase{
		ID: p.ID, Title: p.Title, Summary: p.Summary,
		Start: p.Start.Format(model.DayLayout), End: p.End.Format(model.DayLayout), Display: p.Display(),
		Events: []string{}, Excerpts: make([]jsonExcerpt, len(p.Excerpts)),
	}
	for _, e := range ds.PhaseEvents(p) {
		out.Events = append(out.Events, e.ID)
	}
	for i, x := range p.Excerpts {
		out.Excerpts[i] = toJSONExcerpt(x)
	}
	return out
}

func toJSONExcerpt(x model.Excerpt) jsonExcerpt {
	return jsonExcerpt{Source: x.SourceID, Text: x.Text, Start: x.Start, End: x.End}
}

// toJSONPublished is a source's publication date, its display worded as
// every other output words an unknown one.
func toJSONPublished(d model.Date) jsonDate {
	j := toJSONDate(d)
	if !d.Dated() {
		j.Display = model.PublicationUnknown
	}
	return j
}

func toJSONDate(d model.Date) jsonDate {
	var start, end string
	if d.Dated() {
		start = d.Start.Format(model.DayLayout)
	}
	if d.Precision == model.PrecisionRange {
		end = d.End.Format(model.DayLayout)
	}
	return jsonDate{
		Display:    d.Display(),
		Precision:  string(d.Precision),
		Start:      start,
		End:        end,
		Part:       string(d.Part),
		Basis:      string(d.Basis),
		Words:      d.Words,
		Note:       d.Note,
		Provenance: d.Provenance(),
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func firstOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}
