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
// Every yieldEvents events each of them lets another goroutine run: before
// that, a hop waited for the scheduler to preempt one of them, up to 10 ms
// (j/k during a rich 1M load: 22-33 ms at the median, then 14-16). And
// the explorer asks them to step aside at each key (StepAside): they
// sleep at their next yield until the key has had its frame, leaving
// both cores to it and to the terminal (j/k during a rich 100k load:
// 28-31 ms at the median, then 15-16; the bare program 10-11).

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

// yieldEvery lets another goroutine run after every yieldEvents events,
// or sleeps out a StepAside.
func yieldEvery(i int) {
	if i%yieldEvents != yieldEvents-1 {
		return
	}
	if wait := time.Duration(stepAsideUntil.Load() - time.Now().UnixNano()); wait > 0 {
		sleep(wait)
		return
	}
	runtime.Gosched()
}
