package data

import (
	"cmp"
	"strings"

	"parley/model"
)

// SchemaVersion is the value a dataset's "schema" field must hold.
const SchemaVersion = "parley/1"

// isSlug reports whether id is lower-case letters and digits joined by
// single hyphens: ^[a-z0-9]+(-[a-z0-9]+)*$, checked by hand because every
// id of a large dataset goes through it.
func isSlug(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// document is a dataset as read from JSON, before indexing.
type document struct {
	sources []*model.Source
	sides   []*model.SideDef
	actors  []*model.Actor
	events  []*model.Event
	phases  []*model.Phase
}

// reader turns the decoded JSON tree into model values, checking each value
// and every reference as it goes, and noting every problem with its path.
type reader struct {
	walker
	open      func(name string) ([]byte, error) // reads a source's text_file
	unread    map[string]bool                   // ids of sources whose text_file could not be read
	sources   map[string]*model.Source
	actors    map[string]string  // every actor id -> the same id, as its actor has it
	events    eventIDs           // every event id met so far, as an event's or a link's
	seen      map[string]string  // kind/id of sources and actors -> path of the first definition
	linked    map[uint64]linkAt  // every pair of events linked so far (pairOf) -> where
	pending   []pendingLink      // links to event ids not met yet
	ids       itemIDs            // ids of items, by list and index, for naming problems
	folded    map[string]*folded // source id -> its folded text, made when an excerpt of it is not found
	sides     sideTable
	eventList []string            // every event id, sorted: made when a suggestion needs it
	lists     map[string][]string // idList's
	report    func(Progress)      // hears how far parsing has got; nil for no one
	preview   *previewer          // hands out the events checked so far; nil for no one
	slabs     eventSlabs          // what events are made of
	places    excerptPlaces       // where excerpts stand in their sources
	keeps     bool                // the text is a window of the file: what events keep is copied out
	strings   stringSlab          // what events keep, copied out of the window
}

func (r *reader) readDocument(root any) *document {
	top := r.object("", root, documentSpec.names()...)
	if top == nil {
		return &document{}
	}
	doc := r.readHead(top)
	for i, v := range r.array("", top, "events", true) {
		r.readEventAt(doc, i, v)
	}
	r.resolveLinks()
	r.readPhases(doc, top)
	return doc
}

// readHead reads everything but the events: the schema, sources and actors.
func (r *reader) readHead(top object) *document {
	doc := &document{}
	r.sources = map[string]*model.Source{}
	r.unread = map[string]bool{}
	r.actors = map[string]string{}
	r.events = eventIDs{number: map[string]int32{}}
	if r.keeps {
		r.events.copies = &r.strings
	}
	r.seen = map[string]string{}
	r.linked = map[uint64]linkAt{}
	r.ids = itemIDs{}
	r.folded = map[string]*folded{}
	if v := r.str("", top, "schema", true); v != "" && v != SchemaVersion {
		r.fail("schema", "%q is not a schema this version reads (want %q)", v, SchemaVersion)
	}
	for i, v := range r.array("", top, "sources", true) {
		path := index("sources", i)
		r.ids.add("sources", i, v)
		if s := r.readSource(path, v); s != nil && r.unique(path, "source", s.ID) {
			r.sources[s.ID] = s
			doc.sources = append(doc.sources, s)
		}
	}
	r.readSides(doc, top)
	for i, v := range r.array("", top, "actors", true) {
		path := index("actors", i)
		r.ids.add("actors", i, v)
		if a := r.readActor(path, v); a != nil && r.unique(path, "actor", a.ID) {
			r.actors[a.ID] = a.ID
			doc.actors = append(doc.actors, a)
		}
	}
	r.addLegacySides(doc)
	return doc
}

// unique notes a duplicate id; false for a duplicate or an empty id.
func (r *reader) unique(path, kind, id string) bool {
	if id == "" {
		return false
	}
	if first, dup := r.seen[kind+"/"+id]; dup {
		r.fail(field(path, "id"), "duplicate %s id %q (first defined at %s)", kind, id, first)
		return false
	}
	r.seen[kind+"/"+id] = path
	return true
}

// readEventAt reads events[i]. Its id counts as met before its links are
// checked, so a link to itself is told apart from a link to nowhere.
func (r *reader) readEventAt(doc *document, i int, v any) {
	path := index("events", i)
	noted := len(r.probs)
	defer func() {
		if len(r.probs) > noted {
			r.ids.add("events", i, v)
		}
	}()
	self, first := int32(-1), -1 // the id's number; where an event with it was defined before
	if obj, ok := v.(object); ok {
		if id, ok := obj.get("id"); ok {
			if id, ok := id.(string); ok && id != "" {
				self = r.events.numberOf(id)
				if first = r.events.definedAt(self); first < 0 {
					r.events.define(self, i)
				}
			}
		}
	}
	e := r.readEvent(path, eventPlace{int32(i), self}, v, first < 0)
	switch {
	case e == nil || e.ID == "":
	case first >= 0:
		r.fail(field(path, "id"), "duplicate event id %q (first defined at %s)", e.ID, index("events", first))
	default:
		e.ID = r.events.name(self) // one string for the id, however often it is named
		if r.keeps {
			r.keep(e)
		}
		doc.events = append(doc.events, e)
	}
}

func (r *reader) id(path string, obj object) string {
	id := r.str(path, obj, "id", true)
	if id != "" && !isSlug(id) {
		r.fail(field(path, "id"), "%q is not a slug (lower-case letters and digits joined by single hyphens)", id)
	}
	return id
}

func (r *reader) readSource(path string, v any) *model.Source {
	obj := r.object(path, v, sourceSpec.names()...)
	if obj == nil {
		return nil
	}
	s := &model.Source{
		ID:          r.id(path, obj),
		Title:       r.str(path, obj, "title", true),
		Outlet:      r.str(path, obj, "outlet", false),
		Author:      r.str(path, obj, "author", false),
		PhotoCredit: r.str(path, obj, "photo_credit", false),
		Text:        r.str(path, obj, "text", false),
	}
	if p, ok := obj.get("published"); ok {
		s.Published = r.readDate(field(path, "published"), p)
	} else {
		s.Published = model.Date{Precision: model.PrecisionNone}
	}
	file := r.str(path, obj, "text_file", false)
	_, hasText := obj.get("text")
	switch {
	case hasText == (file != ""):
		r.fail(path, "give the source's text either inline as text or as a text_file path, exactly one of them")
	case file != "":
		text, err := r.readTextFile(file)
		if err != nil {
			r.fail(field(path, "text_file"), "%v", err)
			r.unread[s.ID] = true
		}
		s.Text = text
	}
	if !r.unread[s.ID] {
		r.wordsIn(field(path, "published"), s.Published.Words, []string{s.Text}, "the source's own text")
	}
	return s
}

func (r *reader) readActor(path string, v any) *model.Actor {
	obj := r.object(path, v, actorSpec.names()...)
	if obj == nil {
		return nil
	}
	return &model.Actor{
		ID:   r.id(path, obj),
		Name: r.str(path, obj, "name", true),
		Kind: oneOf(&r.walker, path, obj, "kind", model.ActorKinds),
		Role: r.str(path, obj, "role", false),
		Side: r.side(path, obj),
	}
}

func (r *reader) readDate(path string, v any) model.Date {
	obj := r.object(path, v, dateSpec.names()...)
	if obj == nil {
		return model.Date{Precision: model.PrecisionNone}
	}
	precision := oneOf(&r.walker, path, obj, "precision", model.Precisions)
	d, err := model.ParseDate(string(precision), r.str(path, obj, "start", false), r.str(path, obj, "end", false), r.str(path, obj, "part", false))
	if err != nil && precision != "" {
		r.fail(path, "%v", err)
	}
	if precision == model.PrecisionNone {
		if _, ok := obj.get("basis"); ok {
			r.fail(field(path, "basis"), "an undated date (precision none) takes no basis: there is no date to source; say why in words or note")
		}
	} else {
		d.Basis = oneOf(&r.walker, path, obj, "basis", model.Bases)
	}
	d.Words = r.str(path, obj, "words", false)
	d.Note = r.str(path, obj, "note", false)
	r.basisNeeds(path, obj, d.Basis)
	return d
}

// basisNeeds notes the field a date's basis calls for when it is missing,
// saying that the basis is why.
func (r *reader) basisNeeds(path string, obj object, basis model.Basis) {
	key, why := "", ""
	switch basis {
	case model.BasisInferred:
		key, why = "words", "basis is inferred, so give the source's words the date was worked out from"
	case model.BasisRecord:
		key, why = "note", "basis is record, so name the public record that gives the date"
	default:
		return
	}
	if v, ok := obj.get(key); !ok {
		r.fail(field(path, key), "required field is missing: %s", why)
	} else if s, ok := v.(string); ok && strings.TrimSpace(s) == "" {
		r.fail(field(path, key), "must not be empty: %s", why)
	}
}

func (r *reader) readExcerpt(path string, v any) model.Excerpt {
	obj := r.object(path, v, excerptSpec.names()...)
	if obj == nil {
		return model.Excerpt{}
	}
	x := model.Excerpt{SourceID: r.str(path, obj, "source", true), Text: r.str(path, obj, "text", true)}
	occurrence := r.occurrence(path, obj) // -1: given, but not a number
	x.Occurrence = max(0, occurrence)
	if x.SourceID == "" || x.Text == "" {
		return x
	}
	src := r.sources[x.SourceID]
	if src == nil {
		r.fail(field(path, "source"), "no source has id %q%s", x.SourceID, r.suggest.didYouMean(x.SourceID, r.idList("sources")))
		return x
	}
	x.SourceID = src.ID // one string for the id, however often it is named
	if x.Occurrence > 1 {
		if locate(&x, src.Text) {
			x.Text = src.Text[x.Start:x.End] // the same words: the source's need no copy
			return x
		}
	} else if n := r.places.find(&x, src.Text); n > 0 {
		x.Text = src.Text[x.Start:x.End]
		if occurrence == 0 && n > 1 {
			r.warnRepeated(path, x, n)
		}
		return x
	}
	if r.unread[x.SourceID] {
		return x // an unread text has its one problem at text_file
	}
	r.notFound(path, x, src)
	return x
}

// actorRef reads a field that names an actor and checks that it resolves.
func (r *reader) actorRef(path string, obj object, key string, required bool) string {
	id := r.str(path, obj, key, required)
	if id != "" && r.actors[id] == "" {
		r.fail(field(path, key), "no actor has id %q%s", id, r.suggest.didYouMean(id, r.idList("actors")))
	}
	return cmp.Or(r.actors[id], id)
}

// readEvent reads one event. kept is false for an event whose id was used
// before: it is refused, so its links are not counted against the pairs.
func (r *reader) readEvent(path string, at eventPlace, v any, kept bool) *model.Event {
	obj := r.object(path, v, eventSpec.names()...)
	if obj == nil {
		return nil
	}
	e := r.slabs.events.one()
	*e = model.Event{
		ID:       r.id(path, obj),
		Title:    r.str(path, obj, "title", true),
		Summary:  r.str(path, obj, "summary", true),
		Status:   oneOf(&r.walker, path, obj, "status", model.Statuses),
		Location: r.str(path, obj, "location", false),
	}
	if d, ok := obj.get("date"); ok {
		e.Date = r.readDate(field(path, "date"), d)
	} else {
		r.fail(field(path, "date"), "required field is missing")
	}
	r.readParticipants(path, obj, e)
	excerpts := r.array(path, obj, "excerpts", false) // optional: quotes are evidence too
	e.Excerpts = r.slabs.excerpts.take(len(excerpts))
	for i, v := range excerpts {
		e.Excerpts = append(e.Excerpts, r.readExcerpt(index(field(path, "excerpts"), i), v))
	}
	quotes := r.array(path, obj, "quotes", false)
	e.Quotes = r.slabs.quotes.take(len(quotes))
	for i, v := range quotes {
		p := index(field(path, "quotes"), i)
		o := r.object(p, v, quoteSpec.names()...)
		if o == nil {
			continue
		}
		q := model.Quote{
			Speakers:     r.speakers(p, o),
			Text:         r.str(p, o, "text", true),
			Kind:         oneOf(&r.walker, p, o, "kind", model.QuoteKinds),
			Occasion:     r.str(p, o, "occasion", false),
			ReportedByID: r.actorRef(p, o, "reported_by", false),
		}
		if x, ok := o.get("excerpt"); ok {
			q.Excerpt = r.readExcerpt(field(p, "excerpt"), x)
		} else {
			r.fail(field(p, "excerpt"), "required field is missing")
		}
		r.checkQuoteText(p, q)
		e.Quotes = append(e.Quotes, q)
	}
	r.wordsCited(field(path, "date"), e)
	links := r.array(path, obj, "related", false)
	e.Links = r.slabs.links.take(len(links))
	for i, v := range links {
		p := index(field(path, "related"), i)
		o := r.object(p, v, linkSpec.names()...)
		if o == nil {
			continue
		}
		l := model.Link{
			EventID: r.str(p, o, "event", true),
			Kind:    oneOf(&r.walker, p, o, "kind", model.LinkKinds),
			Note:    r.str(p, o, "note", false),
		}
		to := int32(-1)
		if l.EventID != "" {
			to = r.events.numberOf(l.EventID)
			l.EventID = r.events.name(to)
		}
		switch {
		case to < 0:
		case r.events.definedAt(to) < 0: // perhaps a later event: see resolveLinks
			r.pending = append(r.pending, pendingLink{at: len(r.probs), link: linkAt{at.index, int32(i)}, event: r.events.name(at.number), id: l.EventID, to: to})
		case l.EventID == e.ID:
			r.fail(field(p, "event"), "an event cannot be related to itself")
		}
		if kept && to >= 0 && e.ID != "" && l.EventID != e.ID {
			r.linkOnce(linkAt{at.index, int32(i)}, at.number, to, l.EventID)
		}
		e.Links = append(e.Links, l)
	}
	r.checkInferredDate(path, e)
	// One problem at excerpts: an excerpts field that is not a list is
	// reported as such, not also as missing evidence.
	raw, given := obj.get("excerpts")
	if _, isList := raw.([]any); len(e.Excerpts) == 0 && len(e.Quotes) == 0 && (!given || isList) {
		r.fail(field(path, "excerpts"), "an event needs at least one excerpt or quote from its source")
	}
	return e
}
