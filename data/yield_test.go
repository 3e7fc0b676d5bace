package data

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// A load steps aside for a key: at each yield after StepAside (and only at
// a yield) its goroutines sleep until the time it gave, and once that has
// passed they yield as before.
func TestLoadStepsAsideAtItsYields(t *testing.T) {
	var mu sync.Mutex // the parser and the checker sleep on their own goroutines
	var slept []time.Duration
	sleep = func(d time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		slept = append(slept, d)
	}
	t.Cleanup(func() { sleep = time.Sleep; stepAsideUntil.Store(0) })

	worker{}.yield(yieldEvents - 1)
	if len(slept) != 0 {
		t.Fatalf("slept %v with no key to step aside for", slept)
	}
	StepAside(time.Hour)
	for i := range yieldEvents - 1 {
		worker{}.yield(i)
	}
	if len(slept) != 0 {
		t.Fatalf("slept %v between yields", slept)
	}
	worker{}.yield(yieldEvents - 1)
	if len(slept) != 1 || slept[0] <= 59*time.Minute || slept[0] > time.Hour {
		t.Fatalf("at the yield after StepAside(1h) slept %v, want one sleep of under an hour", slept)
	}
	stepAsideUntil.Store(time.Now().Add(-time.Second).UnixNano()) // the key has had its frame
	worker{}.yield(2*yieldEvents - 1)
	if len(slept) != 1 {
		t.Fatalf("slept %v after the time StepAside gave", slept[1:])
	}

	// A load yields there: its parser and its checker, each every
	// yieldEvents events.
	dir := t.TempDir()
	path := filepath.Join(dir, "many.json")
	must(t, os.WriteFile(path, []byte(manyEvents(3200)), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "s.txt"), []byte("Some Words."), 0o644))
	slept = nil
	StepAside(time.Hour)
	if _, err := LoadFile(path, DefaultMaxBytes); err != nil {
		t.Fatal(err)
	}
	if want := 2 * 3200 / yieldEvents; len(slept) != want {
		t.Fatalf("a load of 3200 events stepped aside %d times, want %d (parser and checker, every %d events)", len(slept), want, yieldEvents)
	}
}
