package data

import (
	"os"
	"runtime/debug"
)

// Garbage collection while a large dataset loads. With Go's default
// (GOGC=100) the heap may grow to twice what is live before a
// collection, and a load's live heap is already about twice the file
// (the file itself, which the model's strings point into, and the events
// built from it): the peak was 3× the file. Collecting at half that
// growth keeps the peak nearer what is live for a little more CPU; rich
// 100k, parley --validate: peak 362 → 302–311 MB, user CPU 2.2 → 2.4–2.6 s.
// At 25 the peak was 280 MB for half as much CPU again, and a soft memory
// limit of 2× the file made the collector run without pause (twice the
// CPU): keys compete with the load for the cores, so 50 it is.
const (
	loadGCPercent = 50
	// Files smaller than this load in a blink at any setting.
	loadGCMinBytes = 32 << 20
)

// TuneGCForLoad sets the collector for loading a dataset file of size
// bytes; call restore when that is done, to put the previous setting
// back (the runtime returns the load's garbage to the system in its own
// time: the peak is past by then). It changes nothing for a small file, or when the user set GOGC.
func TuneGCForLoad(size int64) (restore func()) {
	if size < loadGCMinBytes || os.Getenv("GOGC") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(loadGCPercent)
	return func() { debug.SetGCPercent(percent) }
}
