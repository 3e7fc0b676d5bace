package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// testdata/hostile/hostile.json carries, in every text field and in its
// source text file, an OSC 52 clipboard write, a clear screen, a window
// title, cursor moves, C0 and C1 controls, DEL, tabs, CRLF, bidi overrides,
// and (in the source file) invalid UTF-8 and an unterminated OSC.
const hostile = "testdata/hostile/hostile.json"

// Payloads of the sequences: if any shows in plain output, a sequence was
// only partly removed.
var hostilePayloads = []string{"cm0gLXJmIH4K", "pwned", "c1-title", "dcs", "10;10H", "[2J", "31m"}

func TestHostileDatasetPlainOutputIsTerminalSafe(t *testing.T) {
	outputs := map[string][]string{
		"timeline":             {"--data", hostile},
		"timeline by actor":    {"--data", hostile, "--actor", "evil-actor"},
		"event hostile-one":    {"--data", hostile, "--event", "hostile-one"},
		"event hostile-two":    {"--data", hostile, "--event", "hostile-two"},
		"timeline with search": {"--data", hostile, "--search", "Actor"},
	}
	for name, args := range outputs {
		t.Run(name, func(t *testing.T) {
			r := run(t, args...)
			if r.code != ExitOK || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			assertTerminalSafe(t, name, []byte(r.stdout))
			for _, p := range hostilePayloads {
				if strings.Contains(r.stdout, p) {
					t.Errorf("payload %q of an escape sequence is in the output:\n%s", p, r.stdout)
				}
			}
		})
	}
}

func TestHostileEventShowsItsTextWithoutTheSequences(t *testing.T) {
	r := run(t, "--data", hostile, "--event", "hostile-one")
	for _, want := range []string{
		"title:    Title with a line break",
		"excerpt: The hostile span",
		"before:  First sentence.",
		"after:   sits here. Next sentence ends.",
		"  Other Actor (North Korea): reports it",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

// JSON keeps the raw text, escaped so that it is safe to print and parses
// back to exactly the dataset's strings.
func TestHostileDatasetJSONKeepsRawTextEscaped(t *testing.T) {
	r := run(t, "--data", hostile, "--json")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	assertTerminalSafe(t, "JSON output", []byte(r.stdout))
	for _, escaped := range []string{`\u001b]52;c;cm0gLXJmIH4K\u0007`, `\u001b[2J`, `\u009b31m`, `\u007f`, `\u0000`} {
		if !strings.Contains(r.stdout, escaped) {
			t.Errorf("JSON output lacks %s", escaped)
		}
	}

	var in, out struct {
		Events []struct {
			ID, Title, Summary, Location string
			Date                         struct{ Words, Note string }
		}
		Actors  []struct{ ID, Name, Role string }
		Sources []struct{ ID, Title, Outlet, Author, Text string }
	}
	raw, err := os.ReadFile(hostile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("JSON output does not parse: %v", err)
	}
	for i, e := range in.Events { // both events are dated the same way, so the order holds
		if o := out.Events[i]; o != e {
			t.Errorf("event %s changed on the way through:\n got %+q\nwant %+q", e.ID, o, e)
		}
	}
	for i, a := range in.Actors {
		if out.Actors[i] != a {
			t.Errorf("actor %s changed: got %+q, want %+q", a.ID, out.Actors[i], a)
		}
	}
	text, err := os.ReadFile(filepath.Join(filepath.Dir(hostile), "sources", "hostile.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := replaceInvalidBytes(text); out.Sources[0].Text != want {
		t.Errorf("source text changed:\n got %q\nwant %q", out.Sources[0].Text, want)
	}
}

// Problems quote the file's own keys and values, and the file name is the
// user's: neither may drive the terminal that shows stderr.
func TestHostileNamesInMessagesAreTerminalSafe(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b]0;pwned\x07\x1b[2J.json")
	bad := `{"schema": "parley/1", "sources": [], "actors": [], "events": [], "\u001b]52;c;cm0gLXJmIH4K\u0007": 1}`
	if err := os.WriteFile(name, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--data", name}, {"--validate", name}, {"--actor", "\x1b[2Jx"}, {"--event", "\x9b2J"}} {
		r := run(t, args...)
		if r.code == ExitOK {
			t.Fatalf("%q: exit 0", args)
		}
		assertTerminalSafe(t, "stderr", []byte(r.stderr))
		for _, p := range []string{"pwned", "cm0gLXJmIH4K"} { // a %q-quoted "\x1b[2J" is fine: it is visible text
			if strings.Contains(r.stderr, p) {
				t.Errorf("%q: stderr holds %q: %q", args, p, r.stderr)
			}
		}
	}
	good := filepath.Join(dir, "ok\x1b]0;pwned\x07.json")
	if err := os.WriteFile(good, []byte(`{"schema": "parley/1", "sources": [], "actors": [], "events": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "--validate", good)
	if r.code != ExitOK || !strings.HasSuffix(r.stdout, "ok.json: ok: 0 events, 0 actors, 0 sources\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	assertTerminalSafe(t, "validate summary", []byte(r.stdout))
}

// replaceInvalidBytes turns each byte that is not UTF-8 into U+FFFD, as
// encoding/json does: JSON cannot carry them.
func replaceInvalidBytes(b []byte) string {
	var s strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		s.WriteRune(r)
		b = b[size:]
	}
	return s.String()
}
