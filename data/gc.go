package data

import (
	"os"
	"runtime/debug"
)

// Garbage collection while a large dataset loads. With Go's default
// (GOGC=100) the heap may grow to twice what is live before a
// collection, and a load's live heap is already about twice the file
// (the file itself, which the model's strings point into, and the events
// built from it): the peak was 3× the file. A lower GC percent and a soft
// memory limit of 2× the file keep it near what is live, for more CPU
// spent collecting (see docs/performance.md, "What the load spends").
const (
	loadGCPercent = 25
	// Files smaller than this load in a blink at any setting; the limit
	// would only make the collector busy near the runtime's own needs.
	loadGCMinBytes = 32 << 20
	// What the process holds outside the Go heap (its binary, libc, the
	// runtime's own data), taken off the limit so RSS stays under 2×.
	loadGCOverhead = 16 << 20
)

// TuneGCForLoad sets the collector for loading a dataset file of size
// bytes and building what is made from it (the search index too); call
// restore when that is done. restore puts the previous settings back and
// returns the load's garbage to the operating system. It changes nothing
// for a small file, or when the user set GOGC or GOMEMLIMIT.
func TuneGCForLoad(size int64) (restore func()) {
	if size < loadGCMinBytes || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(loadGCPercent)
	limit := debug.SetMemoryLimit(-1) // as it is: someone may have set a lower one
	debug.SetMemoryLimit(min(limit, 2*size-loadGCOverhead))
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
		debug.FreeOSMemory()
	}
}
