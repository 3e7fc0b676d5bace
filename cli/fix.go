package cli

import (
	"errors"
	"fmt"
	"strings"

	"parley/data"
	"parley/internal/words"
	"parley/termsafe"
)

// fixExcerpts rewrites, in place, every excerpt of the dataset at path
// that differs from its source only in typography, to the source's exact
// text, and prints each change. Problems it cannot fix are reported after,
// and make the exit code 1. A file that does not load far enough to be
// checked (not JSON, unreadable) is left alone.
func fixExcerpts(env Env, path string, maxBytes int64) int {
	_, err := data.LoadFile(path, maxBytes)
	var probs data.Problems
	if err != nil && !errors.As(err, &probs) {
		return fail(env, ExitData, "%v", err)
	}
	if len(probs) == 1 && probs[0].Path == "" {
		return fail(env, ExitData, "%v; nothing written", probs[0]) // not JSON, or not readable
	}
	edits := map[string]data.ExcerptFix{}
	var out strings.Builder
	var left data.Problems
	for _, p := range probs {
		if p.Fix == nil {
			left = append(left, p)
			continue
		}
		edits[p.Path] = *p.Fix
		fmt.Fprintf(&out, "%s\n  - %q\n  + %q\n", p.Where(), p.Fix.Old, p.Fix.New)
	}
	if len(edits) > 0 {
		if code := rewrite(env, path, maxBytes, edits); code != ExitOK {
			return code
		}
		fmt.Fprintf(&out, "%s: rewrote %s to the source's text\n", path, words.Count(len(edits), "excerpt", "excerpts"))
	} else {
		fmt.Fprintf(&out, "%s: no excerpt differs from its source by typography alone; nothing written\n", path)
	}
	if code := write(env, termsafe.Text(out.String())); code != ExitOK {
		return code
	}
	if n := left.Errors(); n > 0 {
		failData(env, left)
		fmt.Fprintln(env.Stderr, termsafe.Text(fmt.Sprintf("%s: %s left to fix by hand", path, words.Count(n, "problem", "problems"))))
		return ExitData
	}
	return ExitOK
}

// rewrite applies the edits to the file as it is on disk now, refusing
// when it no longer holds what was checked.
func rewrite(env Env, path string, maxBytes int64, edits map[string]data.ExcerptFix) int {
	raw, err := data.ReadFile(path, maxBytes)
	if err == nil {
		raw, err = data.RewriteStrings(raw, edits)
	}
	if err == nil {
		err = writeAtomic(path, raw, true)
	}
	if err != nil {
		return fail(env, ExitData, "%s: not rewritten: %v", path, err)
	}
	return ExitOK
}
