package model

// spans is a list per position kept as one flat list cut in pieces:
// position i's items are items[start[i]:start[i+1]]. For a hundred
// thousand events that is two allocations instead of one per event, and
// no slice header per event.
type spans[T any] struct {
	start []int32 // len(positions)+1 offsets into items
	items []T
}

// of is position pos's items; do not append to it.
func (s *spans[T]) of(pos int) []T {
	from, to := s.start[pos], s.start[pos+1]
	return s.items[from:to:to]
}
