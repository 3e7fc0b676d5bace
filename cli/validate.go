package cli

import (
	"errors"
	"fmt"

	"parley/data"
	"parley/internal/words"
	"parley/termsafe"
)

// validate loads the file as --data would and reports the outcome: every
// problem on stderr, then their count, and exit 1; or a one-line summary on
// stdout and exit 0. The count comes even for one problem (bad JSON, a
// missing file), so a script can always read the last line.
//
// A file read as another format (a TimelineJS timeline) is valid with
// notes: what parley's own datasets have that it lacks, such as source
// excerpts. They go to stderr, one "note:" line each, and do not change
// the exit status.
func validate(env Env, path string, maxBytes int64, format string) int {
	meter := newLoadMeter(env, path)
	restore := tuneGC(path, data.LiftLimit)
	loaded, err := data.LoadFileAs(path, maxBytes, format, meter.report())
	restore()
	meter.done()
	if err != nil {
		failData(env, err)
		n, warnings := 1, 0
		var probs data.Problems
		if errors.As(err, &probs) {
			n, warnings = probs.Errors(), len(probs)-probs.Errors()
		}
		fmt.Fprintln(env.Stderr, termsafe.Text(fmt.Sprintf("%s: %s%s", path, words.Count(n, "problem", "problems"), optionalCount(warnings, "warning", "warnings"))))
		return ExitData
	}
	if len(loaded.Warnings) > 0 {
		failData(env, loaded.Warnings)
	}
	for _, n := range loaded.Notes {
		fmt.Fprintln(env.Stderr, termsafe.Text(fmt.Sprintf("%s: note: %s", path, n)))
	}
	ds := loaded.Raw
	format = ""
	if loaded.Format != data.FormatParley {
		format = " (read as " + loaded.Format + ")"
	}
	return write(env, termsafe.Text(fmt.Sprintf("%s: ok%s: %s, %s, %s%s%s\n", path, format,
		words.Count(len(ds.Events), "event", "events"),
		words.Count(len(ds.Actors), "actor", "actors"),
		words.Count(len(ds.Sources), "source", "sources"),
		optionalCount(len(ds.Phases), "phase", "phases"),
		optionalCount(len(loaded.Warnings), "warning", "warnings"))))
}

// optionalCount is ", 2 warnings" to follow the counts, or nothing when
// there are none: a dataset without phases or warnings reads as it did
// before they existed.
func optionalCount(n int, one, many string) string {
	if n == 0 {
		return ""
	}
	return ", " + words.Count(n, one, many)
}
