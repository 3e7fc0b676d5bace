package data

import (
	"os"
	"runtime"
	"sync"
)

// Threads of their own for a big load's parser and checker: each locks
// its goroutine to its thread and lowers that thread's priority
// (lowerThread), and the program gets one more P while loads run,
// so that the terminal reader, the explorer and its renderer always have
// one. The OS then gives a core to what wakes for a key at once, where
// the load used to hold both until it yielded. A locked goroutine that
// ends without unlocking takes its thread with it, so the lowered
// priority never reaches the program's other goroutines.
//
// j/k during a rich 100k load, 8 bursts of 4 keys (2026-12-02): the first
// key of a burst 21-38 ms -> 4-21 ms, the p95 over all keys 1.1-1.25x the
// bare program's instead of 2.2x; rich 100k loads as fast.

// ownThreadsFrom: smaller files load in a blink, as they did; a test
// lowers it.
var ownThreadsFrom = 32 << 20

// workersFor is the workers of a load of a file of size bytes, and what
// to call when the load is over.
func workersFor(size int) (w worker, done func()) {
	if size < ownThreadsFrom || !canLowerThreads {
		return worker{}, func() {}
	}
	return worker{own: true}, spareP()
}

// begin is called first on each worker's own goroutine, which must end
// without UnlockOSThread, and returns the worker it is: one on the
// program's threads when its thread could not be lowered.
func (w worker) begin() worker {
	if !w.own {
		return w
	}
	runtime.LockOSThread()
	if !lowerThread() {
		runtime.UnlockOSThread()
		return worker{}
	}
	return w
}

// spare counts the loads that hold a spare P, and base is GOMAXPROCS
// before the first of them.
var spare struct {
	sync.Mutex
	loads, base int
}

// spareP raises GOMAXPROCS by one while any load that asked runs, and
// returns what puts it back.
func spareP() (release func()) {
	spare.Lock()
	defer spare.Unlock()
	if spare.loads == 0 {
		spare.base = runtime.GOMAXPROCS(0)
		runtime.GOMAXPROCS(spare.base + 1)
	}
	spare.loads++
	return func() {
		spare.Lock()
		defer spare.Unlock()
		if spare.loads--; spare.loads == 0 {
			restoreGOMAXPROCS(spare.base)
		}
	}
}

// restoreGOMAXPROCS puts GOMAXPROCS back to base. Setting it stops the
// runtime following the machine's CPU limits; unless the user set it,
// the runtime's default (and its following) comes back instead.
func restoreGOMAXPROCS(base int) {
	if os.Getenv("GOMAXPROCS") != "" {
		runtime.GOMAXPROCS(base)
		return
	}
	runtime.SetDefaultGOMAXPROCS()
}
