package model

import (
	"cmp"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Dataset is a loaded, validated sequence with the indexes its queries use.
// Build it with NewDataset; treat it as read-only afterwards.
type Dataset struct {
	Sources []*Source
	Sides   []*SideDef // the parties the dataset declares; set after NewDataset
	Actors  []*Actor
	Events  []*Event // timeline order: see Date.Before
	Phases  []*Phase // dataset order

	sourceByID map[string]*Source
	actorByID  map[string]*Actor
	eventAt    map[string]int     // event id -> index into Events
	actorIDs   []string           // every actor id an event names, known or not; actors indexes it
	actors     spans[int32]       // per position: every actor the event involves, once each
	eventsOf   map[string][]int32 // per actor: positions of its events, ascending
	searchOnce sync.Once
	search     *searchIndex   // built at the first search or by IndexSearch
	indexed    atomic.Bool    // search is built: asked without waiting on searchOnce
	indexDone  atomic.Int64   // how far the build has got (SearchIndexProgress)
	incoming   spans[linkRef] // per position: the links other events make to it, timeline order
	// every is the result that keeps every event, one for the dataset, so
	// that two such results are the same list (Result.Same): a search
	// cleared finds the time axis placed.
	every Result
}

// NewDataset orders the events and builds the indexes. It expects
// references to resolve (package data validates before calling it); a
// dangling one is simply left out of the indexes. Phases are optional, so
// a dataset without them is built as before.
func NewDataset(sources []*Source, actors []*Actor, events []*Event, phases ...*Phase) *Dataset {
	d := &Dataset{
		Sources:    sources,
		Actors:     actors,
		Events:     append([]*Event(nil), events...),
		Phases:     phases,
		sourceByID: make(map[string]*Source, len(sources)),
		actorByID:  make(map[string]*Actor, len(actors)),
		eventAt:    make(map[string]int, len(events)),
	}
	for _, s := range sources {
		d.sourceByID[s.ID] = s
	}
	for _, a := range actors {
		d.actorByID[a.ID] = a
	}
	sortTimeline(d.Events)
	for i, e := range d.Events {
		d.eventAt[e.ID] = i
	}
	d.indexActors()
	d.indexIncoming()
	d.every = newResult(d, everyPosition(len(d.Events)))
	return d
}

// indexActors numbers every actor id the events name and records which
// actors each event involves and which events each actor is in, each as
// one flat list cut in pieces: two allocations instead of one per event.
func (d *Dataset) indexActors() {
	index := make(map[string]int32, len(d.Actors))
	for _, a := range d.Actors {
		if _, dup := index[a.ID]; !dup {
			index[a.ID] = int32(len(d.actorIDs))
			d.actorIDs = append(d.actorIDs, a.ID)
		}
	}
	d.actors.start = make([]int32, len(d.Events)+1)
	var ids []string
	for i, e := range d.Events {
		ids = involvedActors(e, ids[:0])
		for _, id := range ids {
			k, ok := index[id]
			if !ok {
				k = int32(len(d.actorIDs))
				index[id] = k
				d.actorIDs = append(d.actorIDs, id)
			}
			d.actors.items = append(d.actors.items, k)
		}
		d.actors.start[i+1] = int32(len(d.actors.items))
	}
	// Each actor's events: counted, then filled in timeline order.
	count := make([]int32, len(d.actorIDs)+1)
	for _, k := range d.actors.items {
		count[k+1]++
	}
	for k := range d.actorIDs {
		count[k+1] += count[k]
	}
	positions := make([]int32, len(d.actors.items))
	next := count[:len(d.actorIDs)]
	for pos := range d.Events {
		for _, k := range d.actors.of(pos) {
			positions[next[k]] = int32(pos)
			next[k]++
		}
	}
	d.eventsOf = make(map[string][]int32, len(d.actorIDs))
	from := int32(0)
	for k, id := range d.actorIDs {
		if to := next[k]; to > from {
			d.eventsOf[id] = positions[from:to:to]
			from = to
		}
	}
}

// IndexSearch builds the search index now rather than at the first search
// that needs it. It is safe to call from another goroutine while the
// dataset is in use, e.g. right after loading, so that the first search
// keystroke does not wait for the index.
func (d *Dataset) IndexSearch() {
	d.searchOnce.Do(func() {
		d.search = newSearchIndex(d.Events, d.Sources, &d.indexDone)
		d.indexed.Store(true)
	})
}

// SearchIndexReady reports whether the search index is built, so that a
// search runs without waiting for it. It never blocks.
func (d *Dataset) SearchIndexReady() bool { return d.indexed.Load() }

// SearchIndexProgress says how far the search index's build has got: done
// of total steps, two per event. It never blocks; done is 0 before a
// build starts and total once it is finished.
func (d *Dataset) SearchIndexProgress() (done, total int) {
	return int(d.indexDone.Load()), 2 * len(d.Events)
}

// sortTimeline orders events as Date.Before does, keeping dataset order
// between equal dates. Each date's span is worked out once, not at every
// comparison, and the given position breaks ties so that a plain sort is
// stable.
func sortTimeline(events []*Event) {
	type instant struct {
		sec int64 // Unix seconds: math.MaxInt64 for an undated event, after every date
		ns  int
	}
	type keyed struct {
		e           *Event
		first, last instant
		pos         int
	}
	at := func(t time.Time) instant { return instant{t.Unix(), t.Nanosecond()} }
	byInstant := func(a, b instant) int { return cmp.Or(cmp.Compare(a.sec, b.sec), cmp.Compare(a.ns, b.ns)) }
	keys := make([]keyed, len(events))
	for i, e := range events {
		k := keyed{e: e, first: instant{sec: math.MaxInt64}, last: instant{sec: math.MaxInt64}, pos: i}
		if e.Date.Dated() {
			first, last := e.Date.Span()
			k.first, k.last = at(first), at(last)
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b keyed) int {
		return cmp.Or(byInstant(a.first, b.first), byInstant(a.last, b.last), a.pos-b.pos)
	})
	for i, k := range keys {
		events[i] = k.e
	}
}

// involvedActors appends to ids every actor an event involves:
// participants, quote speakers and the outlets that reported the quotes,
// each once.
func involvedActors(e *Event, ids []string) []string {
	add := func(id string) {
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, p := range e.Participants {
		add(p.ActorID)
	}
	for _, q := range e.Quotes {
		for _, id := range q.Speakers {
			add(id)
		}
		add(q.ReportedByID)
	}
	return ids
}

// Source, Actor and Event look up by id; nil when unknown.
func (d *Dataset) Source(id string) *Source { return d.sourceByID[id] }
func (d *Dataset) Actor(id string) *Actor   { return d.actorByID[id] }

func (d *Dataset) Event(id string) *Event {
	if pos, ok := d.eventAt[id]; ok {
		return d.Events[pos]
	}
	return nil
}

// Index is e's place in the timeline (its index in Events), -1 when e is
// not part of the dataset. Constant time, for keeping a selection across
// queries.
func (d *Dataset) Index(e *Event) int {
	if pos, ok := d.position(e); ok {
		return pos
	}
	return -1
}

// position is e's index in Events. Ids are unique in a validated dataset;
// should two events share one, the one not found by id is looked for in turn.
func (d *Dataset) position(e *Event) (int, bool) {
	if pos, ok := d.eventAt[e.ID]; ok && d.Events[pos] == e {
		return pos, true
	} else if !ok {
		return 0, false
	}
	pos := slices.Index(d.Events, e)
	return pos, pos >= 0
}

// ActorsOf is every actor an event involves, in the order the event names them.
func (d *Dataset) ActorsOf(e *Event) []*Actor {
	pos, ok := d.position(e)
	if !ok {
		return nil
	}
	out := make([]*Actor, 0, len(d.actors.of(pos)))
	for _, k := range d.actors.of(pos) {
		if a := d.actorByID[d.actorIDs[k]]; a != nil {
			out = append(out, a)
		}
	}
	return out
}

// AppendActorIDs appends to dst the id of every actor the event at
// timeline position pos (its index in Events) involves, known to the
// dataset or not, in ActorsOf's order. It allocates nothing beyond dst's
// growth and looks nothing up: for views that place many events at once.
func (d *Dataset) AppendActorIDs(dst []string, pos int) []string {
	if pos < 0 || pos >= len(d.Events) {
		return dst
	}
	for _, k := range d.actors.of(pos) {
		dst = append(dst, d.actorIDs[k])
	}
	return dst
}
