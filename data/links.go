package data

import "slices"

// eventIDs numbers every event id the loader meets, as an event's own or
// as a link's target, so that the checks on links work with small
// numbers: a pair of them is one map key, and a path is written only
// when a problem needs it.
type eventIDs struct {
	number  map[string]int32 // id -> its number
	names   []string         // by number: the id
	defined []int32          // by number: the index in events of the event that has it, -1 while none has
	copies  *stringSlab      // when not nil, a new id is copied here: it stands in a window of the file
}

// numberOf is id's number, giving it the next one when it is new.
func (ids *eventIDs) numberOf(id string) int32 {
	n, ok := ids.number[id]
	if !ok {
		if ids.copies != nil {
			id = ids.copies.copy(id)
		}
		n = int32(len(ids.defined))
		ids.number[id] = n
		ids.names = append(ids.names, id)
		ids.defined = append(ids.defined, -1)
	}
	return n
}

// name is the id numbered n, "" for -1: every event and link with that
// id shares this one string.
func (ids *eventIDs) name(n int32) string {
	if n < 0 {
		return ""
	}
	return ids.names[n]
}

// definedAt is the index in events of the event with id number n, -1 when
// no event read so far has it.
func (ids *eventIDs) definedAt(n int32) int { return int(ids.defined[n]) }

func (ids *eventIDs) define(n int32, index int) { ids.defined[n] = int32(index) }

// sorted is every id an event has, sorted: the ids suggestions choose from.
func (ids *eventIDs) sorted() []string {
	out := make([]string, 0, len(ids.number))
	for id, n := range ids.number {
		if ids.defined[n] >= 0 {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// eventPlace is the event being read: its index in events and its id's
// number, -1 when it has no id.
type eventPlace struct{ index, number int32 }

// linkAt is a related link by place: events[event].related[link].
type linkAt struct{ event, link int32 }

func (l linkAt) path() string {
	return index(field(index("events", int(l.event)), "related"), int(l.link))
}

// pairOf is two event id numbers in order, so a link and its reverse
// share a key.
func pairOf(x, y int32) uint64 {
	if x > y {
		x, y = y, x
	}
	return uint64(uint32(x))<<32 | uint64(uint32(y))
}

// pendingLink is a related link to an event id not yet met when the link
// was read: events may link forward. Its problem, if the id never turns
// up, goes where it would have been noted had every id been known.
type pendingLink struct {
	at    int // len(probs) when the link was read
	link  linkAt
	event string // the linking event's id, to name it in the problem
	id    string // the id linked to
	to    int32  // its number
}

// resolveLinks notes, once every event has been read, each link to an id
// that no event has, in the place it would have had among the problems.
func (r *reader) resolveLinks() {
	unmet := 0
	for _, l := range r.pending {
		if r.events.definedAt(l.to) < 0 {
			unmet++
		}
	}
	if unmet == 0 {
		r.pending = nil
		return
	}
	probs := r.probs
	r.probs = make(Problems, 0, len(probs)+unmet)
	k := 0
	for i := 0; i <= len(probs); i++ {
		for ; k < len(r.pending) && r.pending[k].at == i; k++ {
			if l := r.pending[k]; r.events.definedAt(l.to) < 0 {
				r.fail(field(l.link.path(), "event"), "no event has id %q%s", l.id, r.suggest.didYouMean(l.id, r.eventIDList()))
				r.ids.set("events", int(l.link.event), l.event) // as readEventAt does for a problem it sees
			}
		}
		if i < len(probs) {
			r.probs = append(r.probs, probs[i])
		}
	}
	r.pending = nil
}

// linkOnce notes a second link between the same two events, of any kind
// and in either direction: every link is shown at both of its ends, so a
// second one only lists the pair twice. from and to are id numbers; id is
// to's id.
func (r *reader) linkOnce(link linkAt, from, to int32, id string) {
	k := pairOf(from, to)
	if first, dup := r.linked[k]; dup {
		r.fail(field(link.path(), "event"), "%q is already linked with this event (first linked at %s; one link shows at both ends)", id, first.path())
		return
	}
	r.linked[k] = link
}
