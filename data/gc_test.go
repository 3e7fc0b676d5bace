package data

import (
	"math"
	"runtime/debug"
	"testing"
)

func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// A large load runs with the collector tuned, and restore puts back
// what was there; a small one, or a user's own GOGC, is left alone.
func TestTuneGCForLoad(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before, beforeLimit := gcSettings()
	if beforeLimit != math.MaxInt64 {
		t.Skipf("a memory limit is set (%d); the test wants none", beforeLimit)
	}
	const size = 100 << 20
	restore := TuneGCForLoad(size)
	if p, l := gcSettings(); p != loadGCPercent || l != 2*size-loadGCOverhead {
		t.Errorf("while loading %d MiB: GC percent %d, limit %d; want %d and %d", size>>20, p, l, loadGCPercent, 2*size-loadGCOverhead)
	}
	restore()
	if p, l := gcSettings(); p != before || l != beforeLimit {
		t.Errorf("after restore: GC percent %d, limit %d; want %d and %d", p, l, before, beforeLimit)
	}

	TuneGCForLoad(1 << 20)() // restore at once, as a caller would after a small load
	if p, l := gcSettings(); p != before || l != beforeLimit {
		t.Errorf("a 1 MiB load changed the collector: GC percent %d, limit %d", p, l)
	}
	t.Setenv("GOGC", "200")
	restore = TuneGCForLoad(size)
	if p, _ := gcSettings(); p != before {
		t.Errorf("with GOGC set by the user, GC percent became %d", p)
	}
	restore()
}
