package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the current output")

// notesFixture holds marks and notes on the built-in dataset: on an event,
// on a passage, on a passage whose context no longer matches and on an
// event the dataset does not have.
const notesFixture = "testdata/notes/summit.notes.json"

// The golden files are the documented output formats: a change shows up in
// review as a diff of what users see.
func TestGoldenOutputs(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"timeline.txt", nil},
		{"timeline-filtered.txt", []string{"--actor", "Donald Trump", "--actor", "kim-jong-un", "--all", "--search", "summit"}},
		{"timeline-no-match.txt", []string{"--search", "no such words"}},
		{"event-sanders-briefing.txt", []string{"--event", "sanders-briefing"}},
		{"event-pyongyang-summit.txt", []string{"--event", "pyongyang-summit"}},
		{"event-second-summit-agreed.txt", []string{"--event", "second-summit-agreed"}},
		{"timeline.json", []string{"--json"}},
		{"timeline-filtered.json", []string{"--json", "--actor", "sarah-sanders"}},
		{"event-kim-letter.json", []string{"--json", "--event", "kim-letter"}},
		{"example-timeline.txt", []string{"--data", "../examples/singapore-run-up.json"}},
		{"pattern.txt", []string{"--plain", "--pattern"}},
		{"export.md", []string{"--export", "markdown"}},
		{"export-filtered.md", []string{"--export", "markdown", "--actor", "sarah-sanders"}},
		{"export.csv", []string{"--export", "csv"}},
		{"export-timelinejs.json", []string{"--export", "timelinejs"}},
		{"export-csl.json", []string{"--export", "csl-json"}},
		{"timeline-notes.txt", []string{"--notes", notesFixture}},
		{"event-kim-letter-notes.txt", []string{"--event", "kim-letter", "--notes", notesFixture}},
		{"event-sanders-briefing-notes.txt", []string{"--event", "sanders-briefing", "--notes", notesFixture}},
		{"event-kim-letter-notes.json", []string{"--json", "--event", "kim-letter", "--notes", notesFixture}},
		{"export-notes.md", []string{"--export", "markdown", "--marked", "--notes", notesFixture}},
	}
	for _, tc := range tests {
		t.Run(tc.golden, func(t *testing.T) {
			r := run(t, tc.args...)
			if r.code != ExitOK || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			path := filepath.Join("testdata", "golden", tc.golden)
			if *update {
				if err := os.WriteFile(path, []byte(r.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cli -update to create it)", err)
			}
			if r.stdout != string(want) {
				t.Errorf("output differs from %s (go test ./cli -update rewrites it):\n%s", path, firstDifference(r.stdout, string(want)))
			}
		})
	}
}

func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(no line differs)"
}

// The JSON output must hold the raw dataset: every event's text exactly as
// the dataset file has it.
func TestJSONKeepsTheEmbeddedTextExactly(t *testing.T) {
	r := run(t, "--json")
	var out struct {
		TotalEvents int `json:"total_events"`
		Events      []struct {
			ID, Title, Summary string
			Excerpts           []struct {
				Source     string
				Text       string
				Start, End int
			}
		}
		Sources []struct{ ID, Text string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err)
	}
	if out.TotalEvents != 16 || len(out.Events) != 16 || len(out.Sources) != 1 {
		t.Fatalf("got %d of %d events and %d sources, want 16 of 16 and 1", len(out.Events), out.TotalEvents, len(out.Sources))
	}
	text := out.Sources[0].Text
	for _, e := range out.Events {
		for _, x := range e.Excerpts {
			if x.Start < 0 || x.End > len(text) || text[x.Start:x.End] != x.Text {
				t.Errorf("%s: excerpt offsets %d–%d do not give its text %q", e.ID, x.Start, x.End, x.Text)
			}
		}
	}
	if !bytes.Contains([]byte(r.stdout), []byte("Kim–Moon")) {
		t.Error("non-ASCII text was escaped; JSON output should keep UTF-8 as is")
	}
}
