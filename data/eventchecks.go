package data

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"parley/model"
)

// readParticipants reads an event's actors: at least one, each once.
func (r *reader) readParticipants(path string, obj object, e *model.Event) {
	list := r.array(path, obj, "actors", true)
	if raw, ok := obj.get("actors"); ok && len(list) == 0 {
		if _, isList := raw.([]any); isList {
			r.fail(field(path, "actors"), "an event needs at least one actor: who took part?")
		}
	}
	e.Participants = r.slabs.participants.take(len(list))
	var buf [8]int
	listed := buf[:0] // for each participant kept, its index in list
	for i, v := range list {
		p := index(field(path, "actors"), i)
		o := r.object(p, v, participantSpec.names()...)
		if o == nil {
			continue
		}
		part := model.Participant{ActorID: r.actorRef(p, o, "actor", true), Part: r.str(p, o, "part", true)}
		// An event lists a handful of actors: a scan beats a map.
		if k := slices.IndexFunc(e.Participants, func(q model.Participant) bool { return q.ActorID == part.ActorID }); k >= 0 && part.ActorID != "" {
			r.fail(field(p, "actor"), "%q is already listed at %s: give an actor once, with all its parts in one", part.ActorID, index(field(path, "actors"), listed[k]))
			continue
		}
		listed = append(listed, i)
		e.Participants = append(e.Participants, part)
	}
}

// quoteMarks are the quotation marks a quote's text may wrongly carry at
// its ends: the explorer and the plain output add their own.
const quoteMarks = "\"“”„«»"

// checkQuoteText holds a quote's text to its excerpt: a direct quote must
// stand in it, word for word (typography and capitals aside), and no
// quote's text should be wrapped in quotation marks.
func (r *reader) checkQuoteText(path string, q model.Quote) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(quoteMarks, first) || strings.ContainsRune(quoteMarks, last) {
		r.warn(field(path, "text"), "has quotation marks at its ends; leave them out: the explorer and the printed timeline add their own")
		text = strings.TrimFunc(text, func(c rune) bool { return strings.ContainsRune(quoteMarks, c) || isSpace(c) })
	}
	if q.Kind != model.QuoteDirect || q.Excerpt.Start < 0 || q.Excerpt.Text == "" || text == "" {
		return
	}
	// Folding costs; most quotes stand in their excerpt exactly.
	if !strings.Contains(q.Excerpt.Text, text) && !strings.Contains(fold(q.Excerpt.Text).text, fold(text).text) {
		r.fail(field(path, "text"), "a direct quote must stand word for word in its excerpt, and %s does not", quoteShort(text, 60))
		r.probs[len(r.probs)-1].Detail = []string{fmt.Sprintf("excerpt: %s", quoteShort(q.Excerpt.Text, 160)),
			`quote only what the excerpt has, or make the quote kind "reported"`}
	}
}

// speakers reads who said a quote: speaker, one actor id, or speakers, a
// list of them, each once; exactly one of the two.
func (r *reader) speakers(path string, obj object) []string {
	_, one := obj.get("speaker")
	list, many := obj.get("speakers")
	switch {
	case one && many:
		r.fail(path, "give speaker (one actor) or speakers (several), not both")
		return nil
	case !many:
		if id := r.actorRef(path, obj, "speaker", true); id != "" {
			return append(r.slabs.ids.take(1), id)
		}
		return nil
	}
	items, ok := list.([]any)
	if !ok || len(items) == 0 {
		r.fail(field(path, "speakers"), "want a list of one or more actor ids, found %s", describeList(list))
		return nil
	}
	ids := r.slabs.ids.take(len(items))
	first := map[string]string{}
	for i, v := range items {
		p := index(field(path, "speakers"), i)
		id, ok := v.(string)
		switch {
		case !ok:
			r.fail(p, "want an actor id, found %s", kindOf(v))
		case r.actors[id] == "":
			r.fail(p, "no actor has id %q%s", id, r.suggest.didYouMean(id, r.idList("actors")))
		case first[id] != "":
			r.fail(p, "%q is already listed at %s", id, first[id])
		default:
			first[id] = p
			ids = append(ids, r.actors[id])
		}
	}
	return ids
}

func describeList(v any) string {
	if l, ok := v.([]any); ok && len(l) == 0 {
		return "an empty list"
	}
	return kindOf(v)
}

// checkInferredDate warns when an inferred date's words, worked out as
// parley date would against the day its source was published, give
// another date: the hand-worked one may be off by a week. It says
// nothing when the words are not a form parley works out or the source's
// day is not known exactly.
func (r *reader) checkInferredDate(path string, e *model.Event) {
	d := e.Date
	if d.Basis != model.BasisInferred || d.Words == "" || !d.Dated() {
		return
	}
	all := e.AllExcerpts()
	if len(all) == 0 {
		return
	}
	src := r.sources[all[0].SourceID]
	if src == nil || src.Published.Precision != model.PrecisionDay {
		return
	}
	want, rule, err := model.Relative(d.Words, src.Published.Start)
	if err != nil || want.Display() == d.Display() {
		return
	}
	r.warn(field(path, "date"), "%q said on %s is %s by parley date's rule, not %s: check it", d.Words, src.Published.Start.Format("Mon 2 Jan 2006"), want.Display(), d.Display())
	r.probs[len(r.probs)-1].Detail = []string{"rule: " + rule}
}
