package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFile writes content to name in a fresh temporary directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestErrorsExitCodeAndMessage(t *testing.T) {
	dir := t.TempDir()
	badSyntax := writeFile(t, "bad.json", "{\n  \"schema\": \"parley/1\",\n  \"sources\": [,]\n}\n")
	badSchema := writeFile(t, "schema.json", `{"schema": "parley/1", "sources": [], "actors": [], "events": [{"id": "Not A Slug", "status": "maybe"}]}`)
	big := writeFile(t, "big.json", `{"schema": "parley/1", "pad": "`+strings.Repeat("x", 1<<20)+`"}`)

	tests := []struct {
		name string
		args []string
		code int
		want []string // substrings of stderr, in any order
	}{
		{"unknown flag", []string{"--plain", "--colour=always"}, ExitUsage, []string{"parley: unknown flag --colour\n", "Run 'parley --help' for usage."}},
		{"unknown single-dash flag", []string{"-x"}, ExitUsage, []string{"unknown flag -x"}},
		{"stray argument", []string{"--plain", "trump"}, ExitUsage, []string{`unexpected argument "trump"`}},
		{"plain with json", []string{"--plain", "--json"}, ExitUsage, []string{"--plain and --json cannot be used together"}},
		{"bad theme", []string{"--theme", "blue"}, ExitUsage, []string{`--theme "blue" is not one of auto, dark, light`}},
		{"max-mib zero", []string{"--max-mib", "0"}, ExitUsage, []string{"--max-mib 0 is out of range"}},
		{"validate with output flags", []string{"--validate", "x.json", "--json", "--actor", "a"}, ExitUsage, []string{"--validate cannot be combined with --actor, --json"}},
		{"unknown actor lists names and ids", []string{"--actor", "Kim Jong", "--actor", "nobody", "--actor", "no one"}, ExitUsage,
			[]string{`no actor fits "nobody", "no one"; actors: Kim Jong Un (kim-jong-un), Donald Trump (donald-trump), `, "Reuters (reuters)"}},
		{"unknown event lists the valid ids", []string{"--event", "nope"}, ExitUsage,
			[]string{`no event has id "nope"; valid ids: panmunjom-summit, `, "moon-briefs-trump-un"}},
		{"mistyped event gets the closest id", []string{"--event", "kim-leter"}, ExitUsage,
			[]string{"no event has id \"kim-leter\"; did you mean \"kim-letter\"?\n"}},
		{"mistyped actor gets the closest name", []string{"--actor", "Trunp"}, ExitUsage,
			[]string{"no actor fits \"Trunp\"; did you mean \"trump\"?\n"}},
		{"no suggestion that fits several actors", []string{"--actor", "koreen"}, ExitUsage,
			[]string{"no actor fits \"koreen\"; actors: Kim Jong Un (kim-jong-un), "}},
		{"missing data file", []string{"--data", filepath.Join(dir, "missing.json")}, ExitData, []string{"missing.json: no such file or directory"}},
		{"data file is a directory", []string{"--data", dir}, ExitData, []string{"is a directory, not a regular file"}},
		{"bad JSON gives line and column", []string{"--data", badSyntax}, ExitData, []string{"bad.json: line 3, column 15: invalid JSON"}},
		{"schema violations, every one", []string{"--data", badSchema}, ExitData, []string{
			`schema.json: events[0].id: "Not A Slug" is not a slug`,
			`schema.json: events[0] "Not A Slug".status: "maybe" is not one of occurred`,
			"schema.json: events[0] \"Not A Slug\".title: required field is missing",
		}},
		{"file over the size cap", []string{"--max-mib", "1", "--data", big}, ExitData, []string{"big.json: larger than the 1 MiB limit"}},
		{"validate reports problems and a count", []string{"--validate", badSchema}, ExitData, []string{"events[0] \"Not A Slug\".date: required field is missing", "schema.json: 7 problems"}},
		{"validate a missing file", []string{"--validate", filepath.Join(dir, "none.json")}, ExitData, []string{"none.json: no such file or directory"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", r.code, tc.code, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("an error run wrote to stdout:\n%s", r.stdout)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q; got:\n%s", w, r.stderr)
				}
			}
		})
	}
}

// Hostile input sizes and shapes must end in a clear error or output,
// quickly, never a hang or a panic.
func TestLimits(t *testing.T) {
	deep := writeFile(t, "deep.json", strings.Repeat("[", 200_000)+strings.Repeat("]", 200_000))
	long := strings.Repeat("long ", 1_000_000) // 5 MB in one title
	longTitle := writeFile(t, "long.json", `{"schema": "parley/1",
		"sources": [{"id": "s", "title": "S", "text": "the excerpt"}],
		"actors": [{"id": "a", "name": "A", "kind": "person", "side": "none"}],
		"events": [{"id": "e", "title": "`+long+`", "summary": "x", "status": "occurred",
			"date": {"precision": "none"}, "actors": [{"actor": "a", "part": "p"}],
			"excerpts": [{"source": "s", "text": "the excerpt"}]}]}`)

	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"deep nesting", []string{"--data", deep}, ExitData, "deep.json: line 1, column"},
		{"very long string, plain", []string{"--data", longTitle}, ExitOK, "1 event\n"},
		{"very long string, event", []string{"--data", longTitle, "--event", "e"}, ExitOK, "title:    long long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			r := run(t, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit code %d, want %d; stderr: %.300s", r.code, tc.code, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, tc.want) {
				t.Errorf("output lacks %q; got stdout %.200q stderr %.300q", tc.want, r.stdout, r.stderr)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}

// --validate always ends its report with the count, as the README shows,
// however many problems there are and whatever kind they are.
func TestValidateEndsWithTheCount(t *testing.T) {
	badJSON := writeFile(t, "bad.json", "{\n  \"schema\": \"parley/1\",\n  \"sources\": [,]\n}\n")
	oneProblem := writeFile(t, "one.json", `{"schema": "parley/9", "sources": [], "actors": [], "events": []}`)
	twoProblems := writeFile(t, "two.json", `{"schema": "parley/9", "sources": [], "actors": [], "events": [], "extra": 1}`)
	missing := filepath.Join(t.TempDir(), "missing.json")
	tests := []struct {
		name, file, first, last string
	}{
		{"malformed JSON", badJSON, badJSON + ": line 3, column 15: invalid JSON", badJSON + ": 1 problem"},
		{"one schema problem", oneProblem, oneProblem + `: schema: "parley/9" is not a schema`, oneProblem + ": 1 problem"},
		{"two schema problems", twoProblems, twoProblems + ": extra: unknown field", twoProblems + ": 2 problems"},
		{"missing file", missing, missing + ": no such file or directory", missing + ": 1 problem"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, "--validate", tc.file)
			if r.code != ExitData || r.stdout != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and no output", r.code, r.stdout, ExitData)
			}
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if !strings.HasPrefix(lines[0], tc.first) || lines[len(lines)-1] != tc.last {
				t.Errorf("stderr:\n%s\nwant it to start %q and end with the line %q", r.stderr, tc.first, tc.last)
			}
		})
	}
}
