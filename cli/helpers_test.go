package cli

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"parley/model"
)

// result is what one run of the command line left behind.
type result struct {
	code           int
	stdout, stderr string
	explored       *ExploreOptions // set when the explorer was started
	exploredData   *model.Dataset
}

// run runs the command line with stdout not a terminal and no environment.
func run(t *testing.T, args ...string) result {
	t.Helper()
	return runIn(t, false, nil, args...)
}

// runIn runs the command line with the given terminal-ness and environment;
// the explorer is a fake that records how it was started.
func runIn(t *testing.T, terminal bool, environ map[string]string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	var r result
	env := Env{
		Stdout:           &stdout,
		Stderr:           &stderr,
		StdoutIsTerminal: terminal,
		Getenv:           func(k string) string { return environ[k] },
		Explore: func(ds *model.Dataset, opts ExploreOptions) error {
			r.explored, r.exploredData = &opts, ds
			return nil
		},
	}
	r.code = Run(args, env)
	r.stdout, r.stderr = stdout.String(), stderr.String()
	return r
}

// assertTerminalSafe fails for any byte that could drive a terminal: C0
// controls but newline, DEL, C1 controls (as UTF-8) and invalid UTF-8.
func assertTerminalSafe(t *testing.T, what string, out []byte) {
	t.Helper()
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			t.Fatalf("%s: invalid UTF-8 at byte %d: %q", what, i, context(out, i))
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
			t.Fatalf("%s: control character U+%04X at byte %d: %q", what, r, i, context(out, i))
		}
		i += size
	}
}

func context(b []byte, i int) string {
	return string(b[max(0, i-30):min(len(b), i+30)])
}
