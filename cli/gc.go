package cli

import (
	"os"

	"parley/data"
)

// tuneGC sets the collector for loading the dataset file at path (see
// data.TuneGCForLoad); call the function it returns when the load is done.
// Only the explorer keeps the memory limit after the load.
func tuneGC(path string, after data.AfterLoad) (restore func()) {
	info, err := os.Stat(path)
	if err != nil {
		return func() {} // the load says what is wrong
	}
	return data.TuneGCForLoad(info.Size(), after)
}

// afterLoad is what the run does with the memory limit once the flags'
// dataset is loaded: the explorer keeps it, printed output lifts it.
func afterLoad(o options, env Env) data.AfterLoad {
	if exploring(o, env) {
		return data.KeepLimit
	}
	return data.LiftLimit
}
