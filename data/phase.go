package data

import (
	"time"

	"parley/model"
)

// readPhases reads the optional top-level phases, once every event is
// known: a phase names events, and each must exist and fall inside it.
func (r *reader) readPhases(doc *document, top object) {
	events := make(map[string]*model.Event, len(doc.events))
	for _, e := range doc.events {
		events[e.ID] = e
	}
	for i, v := range r.array("", top, "phases", false) {
		path := index("phases", i)
		if p := r.readPhase(path, v, events); p != nil && r.unique(path, "phase", p.ID) {
			doc.phases = append(doc.phases, p)
		}
	}
}

func (r *reader) readPhase(path string, v any, events map[string]*model.Event) *model.Phase {
	obj := r.object(path, v, phaseSpec.names()...)
	if obj == nil {
		return nil
	}
	p := &model.Phase{
		ID:      r.id(path, obj),
		Title:   r.str(path, obj, "title", true),
		Summary: r.str(path, obj, "summary", true),
	}
	p.Start = r.day(path, obj, "start")
	p.End = r.day(path, obj, "end")
	spanned := !p.Start.IsZero() && !p.End.IsZero()
	if spanned && p.End.Before(p.Start) {
		r.fail(field(path, "end"), "%s is before start %s", p.End.Format(model.DayLayout), p.Start.Format(model.DayLayout))
		spanned = false
	}
	ids := r.array(path, obj, "events", true)
	if _, given := obj.get("events"); given && ids != nil && len(ids) == 0 {
		r.fail(field(path, "events"), "a phase needs at least one event")
	}
	for i, v := range ids {
		at := index(field(path, "events"), i)
		id, ok := v.(string)
		switch e := events[id]; {
		case !ok:
			r.fail(at, "want an event id (a string), found %s", kindOf(v))
		case e == nil:
			r.fail(at, "no event has id %q", id)
		case contains(p.EventIDs, id):
			r.fail(at, "%q is already in this phase", id)
		case spanned && !p.Contains(e.Date):
			r.fail(at, "%q is dated %s, outside the phase (%s)", id, e.Date.Display(), p.Display())
		}
		if ok && id != "" {
			p.EventIDs = append(p.EventIDs, id)
		}
	}
	xs := r.array(path, obj, "excerpts", true)
	if _, given := obj.get("excerpts"); given && xs != nil && len(xs) == 0 {
		r.fail(field(path, "excerpts"), "a phase needs at least one excerpt from its source")
	}
	for i, v := range xs {
		p.Excerpts = append(p.Excerpts, r.readExcerpt(index(field(path, "excerpts"), i), v))
	}
	return p
}

// day reads a required "YYYY-MM-DD" field; the zero time when it is
// missing or not a day.
func (r *reader) day(path string, obj object, key string) time.Time {
	s := r.str(path, obj, key, true)
	if s == "" {
		return time.Time{}
	}
	d, err := model.ParseDate(string(model.PrecisionDay), s, "", "")
	if err != nil {
		r.fail(field(path, key), "%q is not a date of the form YYYY-MM-DD", s)
		return time.Time{}
	}
	return d.Start
}
