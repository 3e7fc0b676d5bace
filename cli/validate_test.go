package cli

import (
	"fmt"
	"testing"
)

// Warnings are printed but do not fail --validate; both counts are given.
func TestValidateWarnings(t *testing.T) {
	const doc = `{"schema": "parley/1",
  "sources": [{"id": "s", "title": "S", "text": "Kim met Moon. Kim met Moon again."}],
  "actors": [{"id": "kim", "name": "Kim", "kind": "person"}],
  "events": [{"id": "e", "title": "T", "summary": "S", "status": %q, "date": {"precision": "none"},
    "actors": [{"actor": "kim", "part": "meets"}],
    "excerpts": [{"source": "s", "text": "Kim met Moon"}]}]}`
	warning := `: events[0] "e".excerpts[0].text: warning: occurs twice in source "s"; parley uses the first: add "occurrence": N to say which, or lengthen the text` + "\n"

	ok := writeFile(t, "ok.json", fmt.Sprintf(doc, "occurred"))
	r := run(t, "--validate", ok)
	if want := ok + ": ok: 1 event, 1 actor, 1 source, 1 warning\n"; r.code != ExitOK || r.stdout != want || r.stderr != ok+warning {
		t.Errorf("exit %d\nstdout %q\nstderr %q\nwant 0, %q and %q", r.code, r.stdout, r.stderr, want, ok+warning)
	}

	bad := writeFile(t, "bad.json", fmt.Sprintf(doc, "done"))
	r = run(t, "--validate", bad)
	want := bad + `: events[0] "e".status: "done" is not one of occurred, ongoing, cancelled, scheduled, expected, planned` + "\n" + bad + warning + bad + ": 1 problem, 1 warning\n"
	if r.code != ExitData || r.stderr != want || r.stdout != "" {
		t.Errorf("exit %d\nstderr %q\nwant 1 and %q", r.code, r.stderr, want)
	}
}

// The ok line counts phases when the dataset has them, after the sources;
// a dataset without phases keeps the line it had (see the examples).
func TestValidateCountsPhases(t *testing.T) {
	const file = "../data/dataset/summit-2018.json"
	r := run(t, "--validate", file)
	if want := file + ": ok: 16 events, 14 actors, 1 source, 2 phases\n"; r.code != ExitOK || r.stdout != want || r.stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", r.code, r.stdout, r.stderr, want)
	}
}
