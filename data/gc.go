package data

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Garbage collection while a large dataset loads and after. Since a file
// is read window by window, what is live at the end of a rich dataset's
// load is about its file's size (rich 100k: 120 MiB of a 117 MiB file),
// so a soft memory limit of twice the file can hold the peak there. While
// the load runs the limit is the collector's only trigger (GC percent
// off): it collects when the heap reaches twice the file, 5 times in a
// rich 100k load, where GC percent 50 under the same limit collected 23
// times for the same peak. After the load the GC percent is put back and
// the limit kept for the explorer, for the search index it builds next;
// any other use lifts it (see AfterLoad).
//
// A lean dataset's live heap is over 1.3 times its file: under a limit of
// twice the file the collector would run without pause. So the load looks
// at what is live every 50 ms and, when it leaves less than a fifth of the
// limit free, lifts the limit and collects at GC percent 50 instead.
const (
	loadGCPercent = 50 // once the limit is lifted
	// Files smaller than this load in a blink at any setting.
	loadGCMinBytes = 32 << 20
	// memoryHeadroom is what a process holds beside what the runtime
	// counts against its limit (the program's own code, mostly), so that
	// the resident size stays under twice the file; see loadMemoryLimit.
	memoryHeadroom = 16 << 20
	// liveCheckEvery is how often a load looks at what is live, and
	// keptCheckEvery how often the explorer does after it.
	liveCheckEvery = 50 * time.Millisecond
	keptCheckEvery = 250 * time.Millisecond
)

// AfterLoad is what becomes of the memory limit when a load is done.
type AfterLoad int

const (
	// LiftLimit lifts it: output built in memory after the load (JSON of
	// every event, an export) would run back-to-back collections under it.
	LiftLimit AfterLoad = iota
	// KeepLimit keeps it while what is live leaves room under it: the
	// explorer builds its search index under it, and stays under 2x.
	KeepLimit
)

// TuneGCForLoad sets the collector for loading a dataset file of size
// bytes: a soft memory limit of twice the file as its only trigger, until
// what is live leaves too little room under it (see roomUnder). Call done
// when the load is over: it puts the GC percent back and, as after says,
// lifts the limit or keeps it for the rest of the run. Nothing changes
// for a small file, or when the user set GOGC or GOMEMLIMIT.
func TuneGCForLoad(size int64, after AfterLoad) (done func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	stopKeeping()
	debug.SetMemoryLimit(math.MaxInt64) // a limit set for an earlier file is not this one's
	if size < loadGCMinBytes {
		return func() {}
	}
	limit := loadMemoryLimit(size)
	debug.SetMemoryLimit(limit) // first: the collector is never off without it
	percent := debug.SetGCPercent(-1)
	stop, stopped := make(chan struct{}), make(chan struct{})
	live := liveHeap
	go func() {
		defer close(stopped)
		liftWhenFull(limit, liveCheckEvery, stop, live, func() { debug.SetGCPercent(loadGCPercent) })
	}()
	return func() {
		close(stop)
		<-stopped
		debug.SetGCPercent(percent)
		if after == LiftLimit || !roomUnder(limit, live()) {
			debug.SetMemoryLimit(math.MaxInt64)
			return
		}
		// Kept: what the explorer builds next (the search index, the time
		// axis) can leave too little room too; lean 1M, kept at the end of
		// its load, then spent 400 ms collecting for each actor toggle.
		keeping = make(chan struct{})
		go liftWhenFull(limit, keptCheckEvery, keeping, live, func() {})
	}
}

// keeping, when not nil, is closed to stop watching a limit kept after a
// load: the next load sets its own.
var keeping chan struct{}

func stopKeeping() {
	if keeping != nil {
		close(keeping)
		keeping = nil
	}
}

// loadMemoryLimit is the soft memory limit for loading a file of size
// bytes: twice the file, less the headroom and a 64th of the file, as the
// limit is soft: with the headroom alone a million rich events (1,165
// MiB) peaked at the limit itself, 2,314 MiB.
func loadMemoryLimit(size int64) int64 { return 2*size - memoryHeadroom - size/64 }

// roomUnder reports whether a soft memory limit leaves room enough over
// what is live: a fifth of it free for what is still to come. Rich 100k
// in the explorer has up to 155 MiB live under its 217 MiB limit at the
// end of its load (0.71); lean 100k would have 82 MiB under 91 (0.9).
func roomUnder(limit, live int64) bool { return live <= limit/5*4 }

// liftWhenFull lifts the memory limit once what is live leaves no room
// under it, calling before first, looking every interval until stop is
// closed.
func liftWhenFull(limit int64, every time.Duration, stop <-chan struct{}, live func() int64, before func()) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			if !roomUnder(limit, live()) {
				before()
				debug.SetMemoryLimit(math.MaxInt64)
				return
			}
		}
	}
}

// liveHeap is the bytes the last collection found in use; a test puts in
// its own.
var liveHeap = readLiveHeap

func readLiveHeap() int64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return math.MaxInt64 // not known: as if there were no room
	}
	return int64(sample[0].Value.Uint64())
}
