package data

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"parley/model"
)

// The parts of a TimelineJS3 file parley reads. Date parts are raw: the
// TimelineJS loader takes them as numbers or as strings ("" for unknown).
type (
	tlFile struct {
		Title  *tlSlide          `json:"title"`
		Events []json.RawMessage `json:"events"`
	}
	tlSlide struct {
		StartDate   *tlDate `json:"start_date"`
		EndDate     *tlDate `json:"end_date"`
		DisplayDate string  `json:"display_date"`
		Text        *tlText `json:"text"`
		Media       *struct {
			URL     string `json:"url"`
			Caption string `json:"caption"`
			Credit  string `json:"credit"`
		} `json:"media"`
		Group    string `json:"group"`
		UniqueID string `json:"unique_id"`
	}
	tlText struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	}
	tlDate struct {
		Year        json.RawMessage `json:"year"`
		Month       json.RawMessage `json:"month"`
		Day         json.RawMessage `json:"day"`
		DisplayDate string          `json:"display_date"`
	}
)

// isTimelineJS reports whether text has a TimelineJS file's shape: a JSON
// object with an events array and no schema field, where some slide has
// a TimelineJS key (start_date, text) and none has a parley event's (id,
// title, date). A parley dataset that lost its schema line is still a
// parley dataset, and must be told what is wrong with it as one.
func isTimelineJS(text string) bool {
	var top struct {
		Schema *json.RawMessage             `json:"schema"`
		Events []map[string]json.RawMessage `json:"events"`
	}
	if json.Unmarshal([]byte(text), &top) != nil || top.Schema != nil {
		return false
	}
	slides := false
	for _, e := range top.Events {
		for _, key := range []string{"id", "title", "date"} {
			if _, ok := e[key]; ok {
				return false
			}
		}
		_, dated := e["start_date"]
		_, texted := e["text"]
		slides = slides || dated || texted
	}
	return slides
}

// loadTimelineJS reads a TimelineJS3 timeline as a dataset: each slide an
// event (headline → title, text → summary, media kept in the summary,
// group → an actor, unique_id → id), dates with the precision their parts
// give. Such events have no source excerpts; Loaded.Notes says so.
func loadTimelineJS(name, text string) (*Loaded, error) {
	var f tlFile
	if err := json.Unmarshal([]byte(text), &f); err != nil {
		if _, err := decode([]byte(text)); err != nil {
			return nil, Problems{{File: name, Msg: err.Error()}}
		}
		return nil, Problems{{File: name, Msg: "not a TimelineJS3 timeline: " + err.Error()}}
	}
	im := &importer{file: name, ids: map[string]bool{}, actorIDs: map[string]bool{}, groups: map[string]string{}}
	for i, raw := range f.Events {
		im.slide(fmt.Sprintf("events[%d]", i), raw)
	}
	if len(im.probs) > 0 {
		return nil, im.probs
	}
	loaded := datasets(name, &im.doc)
	loaded.Format = "timelinejs"
	if n := len(im.doc.events); n > 0 {
		loaded.Notes = append(loaded.Notes, fmt.Sprintf("%d of %d events have no source excerpts: a TimelineJS timeline carries none, nor a status", n, n))
	}
	return loaded, nil
}

// importer builds a document from TimelineJS slides, noting problems with
// their JSON paths as the parley reader does.
type importer struct {
	file     string
	doc      document
	ids      map[string]bool   // event ids taken
	actorIDs map[string]bool   // actor ids taken
	groups   map[string]string // group text → its actor's id
	probs    Problems
}

func (im *importer) fail(path, format string, args ...any) {
	im.probs = append(im.probs, Problem{File: im.file, Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (im *importer) slide(path string, raw json.RawMessage) {
	var s tlSlide
	if err := json.Unmarshal(raw, &s); err != nil {
		im.fail(path, "not a TimelineJS slide: %v", err)
		return
	}
	if s.StartDate == nil && s.Text == nil {
		im.fail(path, "has neither start_date nor text: TimelineJS skips such a slide; give it one or remove it")
		return
	}
	if s.Text == nil {
		s.Text = &tlText{}
	}
	title := htmlText(s.Text.Headline)
	e := &model.Event{
		ID:      im.uniqueID(s.UniqueID, title, len(im.doc.events)+1),
		Title:   title,
		Summary: slideSummary(s),
		Status:  model.StatusUnstated,
	}
	if e.Title == "" {
		e.Title = "(no headline)"
	}
	display := htmlText(s.DisplayDate)
	if display == "" && s.StartDate != nil {
		display = htmlText(s.StartDate.DisplayDate)
	}
	date, err := slideDate(s.StartDate, s.EndDate, display)
	if err != nil {
		im.fail(path, "%v", err)
		return
	}
	e.Date = date
	if group := htmlText(s.Group); group != "" {
		e.Participants = []model.Participant{{ActorID: im.actor(group), Part: "its group in the timeline"}}
	}
	im.doc.events = append(im.doc.events, e)
}

// uniqueID is the slide's unique_id, else its headline, made a slug and
// told apart from those already taken by a number.
func (im *importer) uniqueID(id, headline string, n int) string {
	base := slug(id, "")
	if base == "" {
		base = slug(headline, "event-"+strconv.Itoa(n))
	}
	return untaken(base, im.ids)
}

// actor is the id of the actor standing for a group, made on first use.
// Groups are told apart by their text: "북한" and "남한" both slug to
// nothing and must stay two actors.
func (im *importer) actor(group string) string {
	if id, ok := im.groups[group]; ok {
		return id
	}
	id := untaken(slug(group, "group"), im.actorIDs)
	im.groups[group] = id
	im.doc.actors = append(im.doc.actors, &model.Actor{ID: id, Name: group, Role: "a group of the TimelineJS timeline", Side: model.SideNone})
	return id
}

// untaken is base, or base-2, base-3… when taken has it, marked taken.
func untaken(base string, taken map[string]bool) string {
	id := base
	for k := 2; taken[id]; k++ {
		id = base + "-" + strconv.Itoa(k)
	}
	taken[id] = true
	return id
}

// slideSummary is the slide's text as plain text, then its media's
// caption, credit and address, which parley has no other place for. The
// address is read as HTML too: TimelineJS takes a quotation or an embed
// code in url.
func slideSummary(s tlSlide) string {
	summary := htmlText(s.Text.Text)
	if m := s.Media; m != nil {
		var media []string
		for _, part := range []struct{ label, value string }{{"", htmlText(m.Caption)}, {"credit: ", htmlText(m.Credit)}, {"", htmlText(m.URL)}} {
			if part.value != "" {
				media = append(media, part.label+part.value)
			}
		}
		if len(media) > 0 {
			summary = strings.TrimSpace(summary + "\n\nMedia: " + strings.Join(media, "; "))
		}
	}
	return summary
}
