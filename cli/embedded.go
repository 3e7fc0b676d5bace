package cli

import (
	"parley/data"
	"parley/model"
)

// embeddedExplorer reports whether the flags open the explorer on the
// built-in dataset with nothing to check against it first: --actor and
// --event are resolved against the dataset before the screen opens, so
// that a word that fits no actor is an error on the command line.
func embeddedExplorer(o options, env Env) bool {
	return o.dataFile == "" && len(o.actors) == 0 && o.eventID == "" && exploring(o, env)
}

// exploreEmbedded opens the explorer with the built-in dataset still to
// load: the explorer loads it on its first message, inside Bubble Tea's
// wait for its first frame (16.7 ms), so the load (about 1 ms in a fresh
// process) no longer delays that frame. (Loaded on a goroutine meanwhile
// instead, it saved a third as much: both threads' first-touch page
// faults contend for the process's memory map.)
func exploreEmbedded(o options, env Env) int {
	opts := exploreOptions(o, env)
	opts.Filter = flagFilter(o)
	opts.Dataset = func() (*model.Dataset, *model.Dataset, error) {
		loaded, err := data.Embedded()
		if err != nil {
			return nil, nil, &LoadFailure{Err: err}
		}
		return loaded.Safe, loaded.Raw, nil
	}
	return exploreResult(env, env.Explore(nil, opts))
}
