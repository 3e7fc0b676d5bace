package cli

import "testing"

// The README documents the schema with this example; it must stay valid.
func TestExampleDatasetValidates(t *testing.T) {
	const example = "../examples/singapore-run-up.json"
	r := run(t, "--validate", example)
	if want := example + ": ok: 3 events, 3 actors, 1 source\n"; r.code != ExitOK || r.stdout != want || r.stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", r.code, r.stdout, r.stderr, want)
	}
}
