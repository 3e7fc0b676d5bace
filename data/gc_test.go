package data

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"
)

func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

func memoryLimit() int64 { return debug.SetMemoryLimit(-1) }

// A large load runs with a soft memory limit of twice the file as the
// collector's only trigger; done puts the GC percent back and, for the
// explorer, keeps the limit, as what is live leaves room under it; for
// printed output it lifts it. A small load, or a user's own GOGC or
// GOMEMLIMIT, is left alone.
func TestTuneGCForLoad(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(math.MaxInt64)
	before := gcPercent()
	const size = 100 << 20
	for _, after := range []AfterLoad{KeepLimit, LiftLimit} {
		done := TuneGCForLoad(size, after)
		if p, l := gcPercent(), memoryLimit(); p != -1 || l != loadMemoryLimit(size) {
			t.Errorf("while loading %d MiB: GC percent %d, limit %d MiB; want off and %d MiB", size>>20, p, l>>20, (loadMemoryLimit(size))>>20)
		}
		done()
		want := int64(math.MaxInt64)
		if after == KeepLimit {
			want = loadMemoryLimit(size)
		}
		if p, l := gcPercent(), memoryLimit(); p != before || l != want {
			t.Errorf("after the load (%v): GC percent %d, limit %d MiB; want %d and a limit of %d MiB", after, p, l>>20, before, want>>20)
		}
	}
	TuneGCForLoad(size, KeepLimit)()
	TuneGCForLoad(1<<20, KeepLimit)() // done at once, as a caller would after a small load
	if p, l := gcPercent(), memoryLimit(); p != before || l != math.MaxInt64 {
		t.Errorf("a 1 MiB load: GC percent %d, limit %d; want %d and the last file's limit gone", p, l, before)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	TuneGCForLoad(size, KeepLimit)()
	if l := memoryLimit(); l != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set by the user, the limit became %d MiB", l>>20)
	}
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "200")
	done := TuneGCForLoad(size, KeepLimit)
	if p, l := gcPercent(), memoryLimit(); p != before || l != math.MaxInt64 {
		t.Errorf("with GOGC set by the user: GC percent %d, limit %d", p, l)
	}
	done()
}

// When what is live leaves less than a fifth of the limit free (a lean
// dataset's heap is over 1.3 times its file), the limit is lifted during
// the load, and GC percent 50 takes over, rather than have the collector
// run without pause; the limit stays lifted after the load.
func TestTuneGCForLoadLiftsALimitTooNearWhatIsLive(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(math.MaxInt64)
	const size = 40 << 20 // a limit of 64 MiB
	live := make([]byte, 60<<20)
	runtime.GC()
	done := TuneGCForLoad(size, KeepLimit)
	deadline := time.Now().Add(5 * time.Second)
	for memoryLimit() != math.MaxInt64 && time.Now().Before(deadline) {
		time.Sleep(liveCheckEvery)
	}
	if p, l := gcPercent(), memoryLimit(); p != loadGCPercent || l != math.MaxInt64 {
		t.Errorf("with %d MiB live: GC percent %d, limit %d MiB; want %d and no limit", len(live)>>20, p, l>>20, loadGCPercent)
	}
	done()
	if l := memoryLimit(); l != math.MaxInt64 {
		t.Errorf("after the load, with %d MiB live: limit %d MiB", len(live)>>20, l>>20)
	}
	runtime.KeepAlive(live)
}

// A limit the explorer keeps after the load is watched on: once what it
// builds next leaves too little room under it, it is lifted (lean 1M
// spent 400 ms collecting for each actor toggle under one); the GC
// percent stays the user's.
func TestAKeptLimitIsLiftedWhenRoomRunsOut(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(math.MaxInt64)
	defer func(f func() int64) { liveHeap = f }(liveHeap)
	var live atomic.Int64
	liveHeap = live.Load
	const size = 100 << 20
	before := gcPercent()
	TuneGCForLoad(size, KeepLimit)()
	if l := memoryLimit(); l != loadMemoryLimit(size) {
		t.Fatalf("with nothing live after the load the limit is %d MiB, want it kept", l>>20)
	}
	live.Store(loadMemoryLimit(size) / 10 * 9) // the index is built: 90% of the limit live
	deadline := time.Now().Add(5 * time.Second)
	for memoryLimit() != math.MaxInt64 && time.Now().Before(deadline) {
		time.Sleep(keptCheckEvery)
	}
	if p, l := gcPercent(), memoryLimit(); l != math.MaxInt64 || p != before {
		t.Errorf("with 90%% of the limit live after the load: limit %d MiB, GC percent %d; want none and %d", l>>20, p, before)
	}
}
