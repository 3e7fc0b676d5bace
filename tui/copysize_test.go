package tui

import (
	"testing"
	"unsafe"
)

// Bubble Tea hands the explorer back by value at every message, so each
// message copies it to the heap, twice: at 31.7 KB that was most of what
// a key allocated (j/k at rich 100k 155 KB a key, 87 KB at 9.8 KB), and
// collections came that much sooner under the memory limit. Big parts
// that do not change, or are rarely made, are held by pointer.
func TestTheExplorerIsSmallToCopy(t *testing.T) {
	const most = 12 << 10
	if n := unsafe.Sizeof(Model{}); n > most {
		t.Errorf("the explorer's Model is %d bytes, copied at every message; keep it under %d (hold big parts by pointer)", n, most)
	}
}
