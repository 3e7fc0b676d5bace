package data

import (
	"runtime"
	"sync/atomic"
	"time"
)

// A load and the keys beside it. The parser and the checker keep both
// cores busy for seconds on a big file while the explorer already shows
// its first events, and a key's frame waits for a core at each hop from
// the terminal to the screen, the terminal's own drawing among them.
//
// From ownThreadsFrom bytes the two run on threads of their own at a
// lower priority, with a spare P beside them (threads.go): what wakes for
// a key gets a core at once. Smaller files, and systems without a
// priority per thread, keep both on the program's threads, and every
// yieldEvents events each lets another goroutine run: before that, a hop
// waited for the scheduler to preempt one of them, up to 10 ms (j/k
// during a rich 1M load: 22-33 ms at the median, then 14-16).
//
// The explorer also asks them to step aside at each key (StepAside): they
// sleep at their next yield until the key has had its frame, leaving the
// cores to it and to the terminal (j/k during a rich 100k load: 28-31 ms
// at the median, then 15-16; the bare program 10-11).

// yieldEvents is about a tenth of a millisecond of a rich event's parse.
const yieldEvents = 32

// stepAsideUntil is when the loads in this process may go on, in Unix
// nanoseconds.
var stepAsideUntil atomic.Int64

// sleep is time.Sleep; a test puts in its own.
var sleep = time.Sleep

// StepAside pauses the loads running in this process for d from now, from
// their next yield: the time the caller's frame needs. A key held down
// keeps the load paused while it repeats.
func StepAside(d time.Duration) { stepAsideUntil.Store(time.Now().Add(d).UnixNano()) }

// worker is one of a load's two goroutines, the parser or the checker.
// own: it runs on a thread of its own at a lower priority, beside a spare
// P, and need not let the program's goroutines run.
type worker struct{ own bool }

// yield is called after each event i: after every yieldEvents events it
// sleeps out a StepAside, or lets another goroutine run.
func (w worker) yield(i int) {
	if i%yieldEvents != yieldEvents-1 {
		return
	}
	if wait := time.Duration(stepAsideUntil.Load() - time.Now().UnixNano()); wait > 0 {
		sleep(wait)
		return
	}
	if !w.own {
		runtime.Gosched()
	}
}
