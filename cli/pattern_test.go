package cli

import (
	"strings"
	"testing"
)

func TestPatternRefusesFlagsItIgnores(t *testing.T) {
	for _, args := range [][]string{{"--pattern", "--json"}, {"--pattern", "--actor", "kim-jong-un"}, {"--pattern", "--search", "x"}, {"--pattern", "--event", "kim-letter"}} {
		r := run(t, args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, "--pattern prints the two phases side by side and cannot be combined with "+args[1]) {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

// A dataset without phases has no pattern: said plainly, exit 1, nothing
// on stdout.
func TestPatternWithoutPhasesIsADataError(t *testing.T) {
	r := run(t, "--pattern", "--data", "../examples/singapore-run-up.json")
	if r.code != ExitData || r.stdout != "" || !strings.Contains(r.stderr, "--pattern needs two phases joined by parallels links") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// The pattern is printed even on a terminal: it is a report, not the explorer.
func TestPatternPrintsOnATerminal(t *testing.T) {
	r := runIn(t, true, nil, "--pattern")
	if r.code != ExitOK || !strings.HasPrefix(r.stdout, "Singapore run-up, then Second-summit run-up: 4 steps aligned") {
		t.Errorf("exit %d, stdout %.80q", r.code, r.stdout)
	}
}
