package model

import (
	"fmt"
	"math/bits"
	"sort"
)

// Result is a query's answer as the explorer shows it: the events kept,
// as bits over the dataset's positions, and their actor counts. The list
// is read off the bits, not held: the i-th event is found by the count of
// kept events before each word of At, and an event's place in the list is
// that count plus the bits before it. A list of pointers was 5 MB to make
// (3 to 6 ms) at each search letter over a million events, and as much
// more for the collector to scan.
type Result struct {
	// At has a bit for each position in the dataset's Events, set for
	// each event kept. It is read-only: the counts below are made from it.
	At     []uint64
	Counts map[string]int // FacetCounts of the events kept
	before []int32        // before[w]: the events kept in At[:w]; len(At)+1 of them
	// of and perActor let the next query start from this one (see
	// Requery): perActor is Counts by actor number, kept only when they
	// count the result's own events, as all but any-of's counts do.
	of       *Dataset
	perActor []int
}

// newResult is the result of d that keeps the events at has.
func newResult(d *Dataset, at bitmap) Result {
	before := make([]int32, len(at)+1)
	for w, word := range at {
		before[w+1] = before[w] + int32(bits.OnesCount64(word))
	}
	return Result{At: at, before: before, of: d}
}

// Len is how many events the result keeps.
func (r Result) Len() int {
	if len(r.before) == 0 {
		return 0
	}
	return int(r.before[len(r.before)-1])
}

// Event is the i-th event kept, in timeline order; i outside 0 ≤ i < Len
// panics, as an index out of a list's range does.
func (r Result) Event(i int) *Event {
	if i < 0 || i >= r.Len() {
		panic(fmt.Sprintf("model: Event(%d) of a result of %d events", i, r.Len()))
	}
	// The word holding it: the last whose events before are at most i.
	w := sort.Search(len(r.At), func(w int) bool { return int(r.before[w+1]) > i })
	word := r.At[w]
	for range i - int(r.before[w]) {
		word &= word - 1 // drop the kept events before it in the word
	}
	return r.of.Events[w<<6|bits.TrailingZeros64(word)]
}

// Rank is how many of the result's events stand before position pos of
// the dataset's Events: the list index of the event at pos when the
// result keeps it, else of the first kept event after it.
func (r Result) Rank(pos int) int {
	w := pos >> 6
	switch {
	case pos < 0:
		return 0
	case w >= len(r.At):
		return r.Len()
	}
	return int(r.before[w]) + bits.OnesCount64(r.At[w]&(1<<(pos&63)-1))
}

// Has reports whether the result keeps the event at position pos.
func (r Result) Has(pos int) bool { return pos >= 0 && pos>>6 < len(r.At) && bitmap(r.At).has(pos) }

// Events is the list of the events kept, in timeline order, made anew
// (but for a result that keeps every event): for what reads them all, as
// an export does. Nothing may change it.
func (r Result) Events() []*Event {
	n := r.Len()
	if r.of == nil {
		return nil
	}
	if n == len(r.of.Events) {
		return r.of.Events[:n:n]
	}
	out := make([]*Event, 0, n)
	for w, word := range r.At {
		for ; word != 0; word &= word - 1 {
			out = append(out, r.of.Events[w<<6|bits.TrailingZeros64(word)])
		}
	}
	return out
}

// Same reports whether r and o are the one list of the same dataset: one
// query's answer, one returned again as it was (Requery, Select), or the
// dataset's one result that keeps every event.
func (r Result) Same(o Result) bool {
	return r.of == o.of && len(r.At) == len(o.At) && (len(r.At) == 0 || &r.At[0] == &o.At[0])
}
