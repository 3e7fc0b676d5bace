package model

import "math/bits"

// bitmap has a bit for each of a run of positions (events in timeline
// order, or bytes of a source): queries and the search index keep their
// sets of events this way.
type bitmap []uint64

// newBitmap is a bitmap of n positions, none set.
func newBitmap(n int) bitmap { return make(bitmap, (n+63)/64) }

func (b bitmap) set(pos int)      { b[pos>>6] |= 1 << (pos & 63) }
func (b bitmap) has(pos int) bool { return b[pos>>6]&(1<<(pos&63)) != 0 }

// count is how many positions are set.
func (b bitmap) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}
