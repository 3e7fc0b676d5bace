package gen

import (
	"sync"

	"parley/data"
)

var (
	sharedMu sync.Mutex
	shared   = map[Params]*data.Loaded{}
)

// SharedOf is Load(p), generated once per process: benchmarks in one test
// binary measure on the same data without paying for it again.
func SharedOf(p Params) (*data.Loaded, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if l := shared[p]; l != nil {
		return l, nil
	}
	l, err := Load(p)
	if err == nil {
		shared[p] = l
	}
	return l, err
}
