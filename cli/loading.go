package cli

import (
	"errors"
	"os"
	"sync"
	"time"

	"parley/data"
)

// A load that ends within openDelay opens the explorer as before, on the
// whole dataset: a small file never shows a loading screen, and a broken
// one is reported without the screen flashing. A longer one opens the
// explorer at once, with the load's progress, well within the 150 ms a
// user reads as "at once".
var openDelay = 50 * time.Millisecond // a variable: tests take the background path on any machine

// backgroundFrom is the smallest file loaded in the background: smaller
// ones load within openDelay on any machine, so they are loaded first,
// as always, and the explorer opens on the whole of them.
const backgroundFrom = 1 << 20

// inBackground reports whether the file the flags name is large enough to
// load while the explorer is open. One that cannot be looked at is not:
// loading it says why.
func inBackground(o options, env Env) bool {
	if o.dataFile == "" || !exploring(o, env) {
		return false
	}
	info, err := os.Stat(o.dataFile)
	return err == nil && info.Mode().IsRegular() && info.Size() >= backgroundFrom
}

// feedEvery spaces the explorer's progress updates: twenty a second is
// smooth, and each costs a frame.
const feedEvery = 50 * time.Millisecond

// LoadUpdate is news of a dataset file loading while the explorer is
// open. The channel closes after the update that is Complete or has Err.
type LoadUpdate struct {
	Progress data.Progress
	// Loaded, when not nil, is a dataset to show: the events checked so
	// far, or the whole file when Complete.
	Loaded   *data.Loaded
	Complete bool
	// Actors, with the first dataset, is the actors the --actor flags
	// name, resolved against it.
	Actors []string
	Err    error // the load failed; a *LoadFailure
}

// LoadFailure is why a dataset opened in the background cannot be shown:
// its problems, or a flag that names what it does not have.
type LoadFailure struct {
	Err   error
	Usage bool // a flag's fault (--actor): exit ExitUsage
}

// Error is what the explorer shows: a file's errors before its warnings,
// so that what stops it is on screen even when hundreds of warnings come
// first in the file. stderr gets them all in the file's order.
func (f *LoadFailure) Error() string {
	var probs data.Problems
	if !errors.As(f.Err, &probs) {
		return f.Err.Error()
	}
	ordered := make(data.Problems, 0, len(probs))
	for _, warnings := range []bool{false, true} {
		for _, p := range probs {
			if p.Warning == warnings {
				p.File = oneLine(p.File) // a name with line breaks (Linux allows them) would split the problem
				ordered = append(ordered, p)
			}
		}
	}
	return ordered.Error()
}

// backgroundLoad is a dataset file loading on a goroutine of its own. The
// loader never waits for the explorer: it leaves its news here, and feed
// passes on the newest of it.
type backgroundLoad struct {
	mu       sync.Mutex
	progress data.Progress
	preview  *data.Loaded // the newest preview not passed on yet
	loaded   *data.Loaded
	err      error
	wake     chan struct{} // has room for one: news since the last look
	done     chan struct{} // closed when the load has ended
}

// startLoad loads the flags' dataset on a goroutine; after is what then
// becomes of the memory limit (afterLoad).
func startLoad(o options, after data.AfterLoad) *backgroundLoad {
	b := &backgroundLoad{wake: make(chan struct{}, 1), done: make(chan struct{})}
	go func() {
		restore := tuneGC(o.dataFile, after)
		loaded, err := data.LoadFileWith(o.dataFile, data.LoadOptions{
			MaxBytes: o.maxMiB << 20, Format: o.dataFormat,
			Report:  func(p data.Progress) { b.note(func() { b.progress = p }) },
			Preview: func(l *data.Loaded) { b.note(func() { b.preview = l }) },
		})
		restore()
		b.note(func() { b.loaded, b.err = loaded, err })
		close(b.done)
	}()
	return b
}

func (b *backgroundLoad) note(change func()) {
	b.mu.Lock()
	change()
	b.mu.Unlock()
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// within reports whether the load ends within d.
func (b *backgroundLoad) within(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-b.done:
		return true
	case <-t.C:
		return false
	}
}

// result is the load's outcome, once it has ended.
func (b *backgroundLoad) result() (*data.Loaded, error) {
	<-b.done
	return b.loaded, b.err
}

// feed passes the load's news on to the explorer until the load ends,
// resolving the flags' filter against the first dataset and checking
// --event against the whole one, then closes out.
func (b *backgroundLoad) feed(o options, out chan<- LoadUpdate) {
	defer close(out)
	resolved := false // the first dataset has gone out, with the actors
	for range b.wake {
		b.mu.Lock()
		u := LoadUpdate{Progress: b.progress, Loaded: b.preview}
		b.preview = nil
		ended, err := b.loaded != nil || b.err != nil, b.err
		if ended {
			u.Loaded, u.Complete = b.loaded, true
		}
		b.mu.Unlock()
		if err != nil {
			out <- LoadUpdate{Err: &LoadFailure{Err: err}}
			return
		}
		if u.Loaded != nil && !resolved {
			f, err := resolveFilter(u.Loaded.Safe, o)
			if err != nil {
				out <- LoadUpdate{Err: &LoadFailure{Err: err, Usage: true}}
				return
			}
			resolved, u.Actors = true, append([]string{}, f.Actors...)
		}
		out <- u
		if u.Complete {
			return
		}
		time.Sleep(feedEvery)
	}
}

// exploreWhileLoading opens the explorer on a load still going on.
func exploreWhileLoading(o options, env Env, b *backgroundLoad) int {
	updates := make(chan LoadUpdate)
	go b.feed(o, updates)
	opts := exploreOptions(o, env)
	opts.Filter = flagFilter(o) // the actors come with the first dataset
	opts.Loading, opts.Name = updates, o.dataFile
	return exploreResult(env, env.Explore(nil, opts))
}

// exploreResult is the exit code of an explorer run, reporting why it
// failed: a load that failed while the explorer was open is reported as
// a load that failed before it would have been.
func exploreResult(env Env, err error) int {
	var failure *LoadFailure
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &failure) && failure.Usage:
		return fail(env, ExitUsage, "%v", failure.Err)
	case errors.As(err, &failure):
		return failData(env, failure.Err)
	}
	return fail(env, ExitData, "explorer: %v", err)
}
