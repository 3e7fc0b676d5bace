package cli

import (
	"os"

	"parley/data"
)

// tuneGC sets the collector for loading the dataset file at path (see
// data.TuneGCForLoad); call the function it returns when the load is done.
func tuneGC(path string) (restore func()) {
	info, err := os.Stat(path)
	if err != nil {
		return func() {} // the load says what is wrong
	}
	return data.TuneGCForLoad(info.Size())
}
