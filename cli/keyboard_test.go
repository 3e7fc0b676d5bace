package cli

import (
	"bytes"
	"strings"
	"testing"

	"parley/model"
)

// With stdout on a terminal but no keyboard (no controlling terminal), the
// explorer could not read a key: the timeline is printed instead.
func TestNoKeyboardPrintsPlain(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := Run(nil, Env{
		Stdout: &stdout, Stderr: &stderr, StdoutIsTerminal: true, NoKeyboard: true,
		Getenv: func(string) string { return "" },
		Explore: func(*model.Dataset, ExploreOptions) error {
			t.Fatal("explorer started without a keyboard")
			return nil
		},
	})
	if code != ExitOK || stderr.Len() > 0 || !strings.Contains(stdout.String(), "First Kim–Moon summit at Panmunjom") {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, stderr.String(), stdout.String())
	}
}
