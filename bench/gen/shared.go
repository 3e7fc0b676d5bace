package gen

import (
	"sync"

	"parley/data"
)

var (
	sharedMu sync.Mutex
	shared   = map[int]*data.Loaded{}
)

// Shared is Load(Sized(events)), generated once per process: benchmarks in
// one test binary measure on the same data without paying for it again.
func Shared(events int) (*data.Loaded, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if l := shared[events]; l != nil {
		return l, nil
	}
	l, err := Load(Sized(events))
	if err == nil {
		shared[events] = l
	}
	return l, err
}
