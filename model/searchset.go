package model

import "slices"

// eventSet is the events holding one pair or word: a bitmap when many
// do, an ascending list of positions when few do, whichever is smaller.
type eventSet struct {
	count int
	bits  bitmap
	list  []int32
}

// add puts the event at pos in the set, pos past every event in it; n is
// how many events there are. A list that grows past n/32 events, where a
// bitmap would be smaller, becomes one.
func (s *eventSet) add(pos, n int) {
	s.count++
	if s.bits == nil && s.count > n/32 {
		s.bits = newBitmap(n)
		s.addTo(s.bits)
		s.list = nil
	}
	if s.bits != nil {
		s.bits.set(pos)
		return
	}
	s.list = append(s.list, int32(pos))
}

// fit gives back what a list grown by add holds in reserve.
func (s *eventSet) fit() {
	if cap(s.list) > len(s.list)+len(s.list)/8 {
		s.list = slices.Clone(s.list)
	}
}

// addTo adds the set's events to the bitmap out.
func (s *eventSet) addTo(out bitmap) {
	for w, word := range s.bits {
		out[w] |= word
	}
	for _, pos := range s.list {
		out.set(int(pos))
	}
}
