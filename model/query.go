package model

import (
	"bytes"
	"math/bits"
	"strings"
	"sync"
)

// Match says how a set of actors narrows the timeline.
type Match int

const (
	MatchAny Match = iota // events involving at least one of the actors
	MatchAll              // events involving every one of the actors
)

// Label names the mode as the status line shows it.
func (m Match) Label() string {
	if m == MatchAll {
		return "all"
	}
	return "any"
}

// Filter is what narrows the timeline: a set of actors, a search text, and
// the reader's marks. The zero Filter keeps every event.
type Filter struct {
	Actors []string // actor ids
	Mode   Match
	Search string // words, each a substring of title, summary, a quote, an excerpt or Notes, folded as appendFold does (case, dashes, curly quotes)
	// MarkedOnly keeps only the events whose ids are in Marked.
	MarkedOnly bool
	Marked     map[string]bool
	// Notes is the reader's note text per event id: the search looks in it
	// as in the event's own text.
	Notes map[string]string
}

// Active reports whether the filter narrows anything.
func (f Filter) Active() bool {
	return len(f.Actors) > 0 || strings.TrimSpace(f.Search) != "" || f.MarkedOnly
}

// Query returns the events the filter keeps, in timeline order. A search
// of several words keeps the events that hold all of them, each anywhere
// in the event's text: "kim letter" finds Kim's letter.
func (d *Dataset) Query(f Filter) []*Event {
	return d.query(f, nil, nil).Events()
}

// QueryResult is Query with where its events stand and FacetCounts of
// them, counted in the same pass over the result where it can be: at rich
// 100k a second walk to find the result's events again was a third of a
// search letter's query.
func (d *Dataset) QueryResult(f Filter) Result { return d.Requery(Result{}, f) }

// Requery is QueryResult for a filter changed from the one prev (an
// earlier result of d) answered: the actors of the events the two results
// share are not counted again. Typing a search narrows its result a
// little at each letter; at rich 1M, counting each result's actors anew
// was three quarters of a letter's query.
func (d *Dataset) Requery(prev Result, f Filter) Result {
	if !f.Active() || f.Mode == MatchAny && len(f.Actors) > 0 {
		return d.Count(d.query(f, nil, nil), f) // counts of their own (see Count)
	}
	if prev.of != d {
		prev = Result{}
	}
	perActor := make([]int, len(d.actorIDs))
	r := d.query(f, perActor, &prev)
	if r.perActor == nil {
		r.Counts, r.perActor = d.countsByID(perActor), perActor
	}
	return r
}

// Select is Requery without the actor counts (Counts nil), for where no
// counts are shown: typing a search over a million events, counting the
// actors of the events each letter takes away (290k from s to su) was
// most of the letter's work. Count adds them when they are wanted. A
// result with prev's events is prev's, without its counts, so that a
// view that placed prev keeps its placing (Same).
func (d *Dataset) Select(prev Result, f Filter) Result {
	r := d.query(f, nil, nil)
	if prev.of == d && len(prev.At) == len(r.At) && changes(prev.At, r.At) == 0 {
		r.At, r.before = prev.At, prev.before
	}
	return r
}

// Count is r, d's result for f, with its actor counts, FacetCounts of
// its events; r as it is when it has them.
func (d *Dataset) Count(r Result, f Filter) Result {
	switch {
	case r.Counts != nil:
	case !f.Active(): // every event listed
		r.Counts, r.perActor = d.ownCounts(), d.ownPerActor()
	case f.Mode == MatchAny && len(f.Actors) > 0:
		// Any-of: each actor's count is what choosing it would bring, its
		// events under the rest of the filter (see FacetCounts), which are
		// not the result's own: no perActor to count the next result from.
		rest := f
		rest.Actors = nil
		if !rest.Active() {
			r.Counts = d.ownCounts()
			break
		}
		perActor := make([]int, len(d.actorIDs))
		d.query(rest, perActor, nil)
		r.Counts = d.countsByID(perActor)
	default:
		perActor := make([]int, len(d.actorIDs))
		d.countKept(r.At, perActor)
		r.Counts, r.perActor = d.countsByID(perActor), perActor
	}
	return r
}

// query is QueryResult without its counts; when perActor is not nil, it
// counts there, per actor number, the result's events each actor is in,
// from prev's counts when prev has them and differs from the result in
// fewer events than the result has. A result the same as prev's is
// prev's, counts and all.
func (d *Dataset) query(f Filter, perActor []int, prev *Result) Result {
	if !f.Active() { // every event: an actor toggled off needs no pass
		return d.every
	}
	at := d.actorMatches(f) // the events kept so far; nil: all of them
	for _, word := range searchWords(f.Search) {
		d.IndexSearch()
		m := d.search.matches(word)
		d.matchNotes(m, f.Notes, word)
		if at != nil {
			for i := range at {
				at[i] &= m[i]
			}
			continue
		}
		at = m
	}
	if at == nil { // marked only
		at = everyPosition(len(d.Events))
	}
	if f.MarkedOnly {
		d.keepMarked(at, f.Marked)
	}
	r := newResult(d, at)
	kept := r.Len()
	if kept == len(d.Events) { // a letter as common as "e": the dataset's own counts
		if perActor != nil {
			copy(perActor, d.ownPerActor())
		}
		return d.every
	}
	if perActor != nil && prev != nil && prev.perActor != nil {
		was := bitmap(prev.At)
		switch changed := changes(was, at); {
		case changed == 0:
			return *prev
		case changed < kept: // the events come and gone are fewer to count
			copy(perActor, prev.perActor)
			d.countActors(len(at), func(w int) (came, gone uint64) { return at[w] &^ was[w], was[w] &^ at[w] }, perActor)
			perActor = nil // counted
		}
	}
	if perActor != nil {
		d.countKept(at, perActor)
	}
	return r
}

// countKept counts in perActor each actor of the events at keeps.
func (d *Dataset) countKept(at bitmap, perActor []int) {
	d.countActors(len(at), func(w int) (uint64, uint64) { return at[w], 0 }, perActor)
}

// changes is how many positions are set in one of prev and now only.
func changes(prev, now bitmap) int {
	n := 0
	for w := range now {
		n += bits.OnesCount64(prev[w] ^ now[w])
	}
	return n
}

// countActors counts in perActor, by actor number, each actor of the
// events of n words: words(w) gives the events of positions 64w to 64w+63
// to add, one bit each, and those to take away. Counting a million events'
// actors takes 5 ms on one core: each core counts its share of the words.
// The words are worked out as they are read, not kept: the events come
// since the last result, and those gone, were 250 KB to allocate at each
// letter over a million events.
func (d *Dataset) countActors(n int, words func(w int) (add, sub uint64), perActor []int) {
	start, items := d.actors.start, d.actors.items // each position's actors, read in the loop
	var mu sync.Mutex
	inParallel(n, func(from, to int) {
		mine := make([]int, len(perActor))
		for w := from; w < to; w++ {
			add, sub := words(w)
			for _, part := range [2]struct {
				bits uint64
				sign int
			}{{add, 1}, {sub, -1}} {
				for word := part.bits; word != 0; word &= word - 1 {
					pos := w<<6 | bits.TrailingZeros64(word)
					for _, k := range items[start[pos]:start[pos+1]] {
						mine[k] += part.sign
					}
				}
			}
		}
		mu.Lock()
		for k, c := range mine {
			perActor[k] += c
		}
		mu.Unlock()
	})
}

// keepMarked clears from at the events marked does not hold: a bitmap of
// the marked ones, looked up by id, a few against a result of thousands.
// Should ids repeat (a loaded dataset's never do), each event is looked
// for in marked instead.
func (d *Dataset) keepMarked(at bitmap, marked map[string]bool) {
	in := make(bitmap, len(at))
	if len(d.eventAt) < len(d.Events) {
		for pos, e := range d.Events {
			if marked[e.ID] {
				in.set(pos)
			}
		}
	}
	for id, on := range marked {
		if pos, ok := d.eventAt[id]; ok && on {
			in.set(pos)
		}
	}
	for w := range at {
		at[w] &= in[w]
	}
}

// everyPosition is a bitmap of n positions, all set.
func everyPosition(n int) bitmap {
	at := newBitmap(n)
	for w := range at {
		at[w] = ^uint64(0)
	}
	if n%64 != 0 {
		at[len(at)-1] = 1<<(n%64) - 1
	}
	return at
}

// matchNotes adds to found the events whose notes hold the folded needle.
// A reader's notes are few, so they are folded at each search, not indexed.
func (d *Dataset) matchNotes(found bitmap, notes map[string]string, needle []byte) {
	var buf []byte
	for id, text := range notes {
		pos, ok := d.eventAt[id]
		if !ok {
			continue
		}
		if buf = appendFold(buf[:0], text); bytes.Contains(buf, needle) {
			found.set(pos)
		}
	}
}

// actorMatches is a bitmap of the timeline positions the actor part of
// the filter keeps; nil when it keeps them all. Cost: the chosen actors'
// events, and in all-of mode a word per 64 events for each actor.
func (d *Dataset) actorMatches(f Filter) bitmap {
	if len(f.Actors) == 0 {
		return nil
	}
	keep := newBitmap(len(d.Events))
	if f.Mode == MatchAny {
		for _, id := range f.Actors {
			for _, pos := range d.eventsOf[id] {
				keep.set(int(pos))
			}
		}
		return keep
	}
	one := newBitmap(len(d.Events)) // the events of one actor
	for n, id := range f.Actors {
		clear(one)
		for _, pos := range d.eventsOf[id] {
			one.set(int(pos))
		}
		for w := range keep {
			if n == 0 {
				keep[w] = one[w]
			} else {
				keep[w] &= one[w]
			}
		}
	}
	return keep
}

// FacetCounts counts each actor's events as the actor filter offers them.
// In any-of mode choosing an actor adds its events, so its count is its
// events under the search alone, whoever else is chosen (a disjunctive
// facet count); in all-of mode choosing it narrows the result, so its
// count is within the current result. result is Query(f), which the
// caller has already.
func (d *Dataset) FacetCounts(f Filter, result []*Event) map[string]int {
	if !f.Active() {
		return d.ownCounts() // every event listed
	}
	if f.Mode == MatchAny && len(f.Actors) > 0 {
		if len(searchWords(f.Search)) == 0 && !f.MarkedOnly { // each actor's own events: known without a query
			return d.ownCounts()
		}
		f.Actors = nil
		result = d.Query(f)
	}
	return d.ActorCounts(result)
}

// ownPerActor is each actor's number of events, unfiltered, by number.
func (d *Dataset) ownPerActor() []int {
	n := make([]int, len(d.actorIDs))
	for k, id := range d.actorIDs {
		n[k] = len(d.eventsOf[id])
	}
	return n
}

// ownCounts is each actor's number of events, unfiltered.
func (d *Dataset) ownCounts() map[string]int {
	counts := make(map[string]int, len(d.eventsOf))
	for id, pos := range d.eventsOf {
		counts[id] = len(pos)
	}
	return counts
}

// ActorCounts counts, for each actor, how many of the given events involve
// it. Pass the result of Query to get counts under the current filter.
func (d *Dataset) ActorCounts(events []*Event) map[string]int {
	n := make([]int, len(d.actorIDs))
	d.EachPosition(events, func(_, pos int) {
		for _, k := range d.actors.of(pos) {
			n[k]++
		}
	})
	return d.countsByID(n)
}

// countsByID turns counts per actor number into counts by actor id,
// leaving out the actors with none.
func (d *Dataset) countsByID(n []int) map[string]int {
	counts := make(map[string]int, len(d.Actors))
	for k, c := range n {
		if c > 0 {
			counts[d.actorIDs[k]] = c
		}
	}
	return counts
}

// EachPosition calls yield with the index in events and the position in
// Events of each of events in turn; events d lacks are skipped. Events in
// timeline order, as Query returns them, cost one walk along Events, with
// no lookup: a lookup each only once one is out of order, or when they
// are so few that a walk would cost more (3 events of a million).
func (d *Dataset) EachPosition(events []*Event, yield func(i, pos int)) {
	walk := 0
	if len(events) < len(d.Events)/lookupShare {
		walk = -1
	}
	for i, e := range events {
		pos, ok := -1, false
		if walk >= 0 {
			for ; walk < len(d.Events) && !ok; walk++ {
				pos, ok = walk, d.Events[walk] == e
			}
			if !ok {
				walk = -1 // not in timeline order after all: look the rest up by id
			}
		}
		if !ok {
			if pos, ok = d.position(e); !ok {
				continue
			}
		}
		yield(i, pos)
	}
}

// lookupShare: below one event in this many of the dataset's, looking
// each up by id costs less than walking along Events to them.
const lookupShare = 32

// Related is a link seen from one event: the event at the other end, the
// kind of link, and whether it was declared by the other event (Inverse).
type Related struct {
	Event   *Event
	Kind    LinkKind
	Inverse bool
	Note    string
}

// Phrase reads the link from the event being viewed: "cancels", "cancelled by".
func (r Related) Phrase() string { return r.Kind.Phrase(r.Inverse) }

// Related lists the events linked to e in both directions: its own links
// first, in the order declared, then links other events make to it, in
// timeline order.
func (d *Dataset) Related(e *Event) []Related {
	var out []Related
	for _, l := range e.Links {
		if other := d.Event(l.EventID); other != nil {
			out = append(out, Related{Event: other, Kind: l.Kind, Note: l.Note})
		}
	}
	if pos, ok := d.eventAt[e.ID]; ok {
		for _, ref := range d.incoming.of(pos) {
			from, l := d.Events[ref.event], ref.link
			out = append(out, Related{Event: from, Kind: from.Links[l].Kind, Inverse: true, Note: from.Links[l].Note})
		}
	}
	return out
}
