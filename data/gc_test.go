package data

import (
	"runtime/debug"
	"testing"
)

func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// A large load runs with the collector tuned, and restore puts back
// what was there; a small one, or a user's own GOGC, is left alone.
func TestTuneGCForLoad(t *testing.T) {
	t.Setenv("GOGC", "")
	before := gcPercent()
	const size = 100 << 20
	restore := TuneGCForLoad(size)
	if p := gcPercent(); p != loadGCPercent {
		t.Errorf("while loading %d MiB: GC percent %d, want %d", size>>20, p, loadGCPercent)
	}
	restore()
	if p := gcPercent(); p != before {
		t.Errorf("after restore: GC percent %d, want %d", p, before)
	}
	TuneGCForLoad(1 << 20)() // restore at once, as a caller would after a small load
	if p := gcPercent(); p != before {
		t.Errorf("a 1 MiB load changed the collector: GC percent %d", p)
	}
	t.Setenv("GOGC", "200")
	restore = TuneGCForLoad(size)
	if p := gcPercent(); p != before {
		t.Errorf("with GOGC set by the user, GC percent became %d", p)
	}
	restore()
}
