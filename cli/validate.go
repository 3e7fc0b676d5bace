package cli

import (
	"errors"
	"fmt"

	"parley/data"
)

// validate loads the file as --data would and reports the outcome: every
// problem on stderr, then their count, and exit 1; or a one-line summary on
// stdout and exit 0. The count comes even for one problem (bad JSON, a
// missing file), so a script can always read the last line.
func validate(env Env, path string, maxBytes int64) int {
	loaded, err := data.LoadFile(path, maxBytes)
	if err != nil {
		failData(env, err)
		n := 1
		var probs data.Problems
		if errors.As(err, &probs) {
			n = len(probs)
		}
		fmt.Fprintln(env.Stderr, data.TerminalSafe(fmt.Sprintf("%s: %s", path, plural(n, "problem", "problems"))))
		return ExitData
	}
	ds := loaded.Raw
	return write(env, data.TerminalSafe(fmt.Sprintf("%s: ok: %s, %s, %s\n", path,
		plural(len(ds.Events), "event", "events"),
		plural(len(ds.Actors), "actor", "actors"),
		plural(len(ds.Sources), "source", "sources"))))
}
