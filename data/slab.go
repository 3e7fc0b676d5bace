package data

import (
	"cmp"

	"parley/model"
)

// slab hands out slices carved from large blocks: the loader makes a few
// short slices per event (its actors, excerpts, quotes, links), and
// carving them costs one allocation per block instead of several per
// event, each exactly the size it needs rather than grown by append.
type slab[T any] struct {
	free  []T
	block int // values the largest block holds; 0 for slabBlock
	next  int // values the next block holds
}

// slabBlock is how many values a block holds by default: big enough that
// blocks are rare, small enough that the last one's unused tail is
// nothing. Values that die soon want small blocks (a few KiB): a block is
// freed only when all its values are dead, and large ones are allocated
// and freed page by page.
const slabBlock = 1024

// firstBlock is how many values the first block holds; each next one
// holds twice as many, up to the slab's block. A small dataset (the
// embedded one: 16 events) takes a few KiB, not the half MiB that full
// blocks of every kind would be, which a fresh process pays for in page
// faults; a large one reaches full blocks within a few hundred events.
const firstBlock = 16

// take returns an empty slice with room for n values; appending more
// than n moves it out of the slab, as append always does.
func (s *slab[T]) take(n int) []T {
	if n == 0 {
		return nil
	}
	if len(s.free) < n {
		s.next = min(max(2*s.next, firstBlock), cmp.Or(s.block, slabBlock))
		s.free = make([]T, max(n, s.next))
	}
	out := s.free[:0:n]
	s.free = s.free[n:]
	return out
}

// one returns a pointer to a zero value of its own.
func (s *slab[T]) one() *T { return &s.take(1)[:1][0] }

// eventSlabs are the slabs an event's values are carved from.
type eventSlabs struct {
	events       slab[model.Event]
	participants slab[model.Participant]
	excerpts     slab[model.Excerpt]
	quotes       slab[model.Quote]
	links        slab[model.Link]
	ids          slab[string]
}
