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
	block int // values a block holds; 0 for slabBlock
}

// slabBlock is how many values a block holds by default: big enough that
// blocks are rare, small enough that the last one's unused tail is
// nothing. Values that die soon want small blocks (a few KiB): a block is
// freed only when all its values are dead, and large ones are allocated
// and freed page by page.
const slabBlock = 1024

// take returns an empty slice with room for n values; appending more
// than n moves it out of the slab, as append always does.
func (s *slab[T]) take(n int) []T {
	if n == 0 {
		return nil
	}
	if len(s.free) < n {
		s.free = make([]T, max(n, cmp.Or(s.block, slabBlock)))
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
