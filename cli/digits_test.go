package cli

import (
	"regexp"
	"testing"

	"parley/bench/gen"
)

// Printed counts keep their digits together, as scripts read them
// (`FILE: ok: 1200 events`); only the explorer's screen groups them.
func TestPrintedCountsAreNotGrouped(t *testing.T) {
	path, _, err := gen.WriteEdited(gen.Sized(1200), t.TempDir(), "big.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	grouped := regexp.MustCompile(`\d,\d{3}`)
	for _, args := range [][]string{
		{"--validate", path},
		{"--data", path, "--plain", "--search", "e"},
		{"--data", path, "--export", "markdown", "--search", "e"},
	} {
		r := run(t, args...)
		out := r.stdout + r.stderr
		if r.code != ExitOK || !regexp.MustCompile(`\b1200 events`).MatchString(out) {
			t.Errorf("%v: exit %d, no \"1200 events\" in:\n%.300s", args, r.code, out)
		}
		if m := grouped.FindString(out); m != "" {
			t.Errorf("%v: a grouped number %q in:\n%.300s", args, m, out)
		}
	}
}
