package cli

import (
	"strings"
	"testing"
)

// --actor takes what the explorer's actor filter takes: an id, a name, or
// part of a name or role, spaces, hyphens and case ignored.
func TestActorFlagFindsAsTheActorFilterDoes(t *testing.T) {
	for word, want := range map[string]string{
		"trump":         "actor: Donald Trump",
		"kim jong":      "actor: Kim Jong Un",
		"washington":    "actor: US government",
		"Moon Jae-in":   "actor: Moon Jae-in",
		"sarah-sanders": "actor: Sarah Sanders",
	} {
		r := run(t, "--plain", "--actor", word)
		if r.code != ExitOK || !strings.Contains(strings.SplitN(r.stdout, "\n", 2)[0], want) {
			t.Errorf("--actor %q: exit %d, heading %q, stderr %q; want %q", word, r.code, strings.SplitN(r.stdout, "\n", 2)[0], r.stderr, want)
		}
	}
}

// A word that fits several actors names each with its id, so the user
// can pick one; nothing is printed.
func TestActorFlagThatFitsSeveralSaysWhich(t *testing.T) {
	r := run(t, "--plain", "--actor", "kim")
	want := `--actor "kim" fits 2 actors: Kim Jong Un (kim-jong-un), Kim Yong Chol (kim-yong-chol); give the id or more of the name`
	if r.code != ExitUsage || r.stdout != "" || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// Two actors with one display name: --actor by that name says which ids
// fit rather than choosing one.
func TestActorFlagOnASharedNameNamesTheIDs(t *testing.T) {
	path := writeFile(t, "twins.json", `{"schema": "parley/1",
  "sources": [{"id": "s", "title": "T", "text": "Kim met Kim."}],
  "actors": [{"id": "kim-north", "name": "Kim", "kind": "person", "side": "north-korea"},
             {"id": "kim-south", "name": "Kim", "kind": "person", "side": "south-korea"}],
  "events": [{"id": "e", "title": "Meeting", "summary": "They meet.", "status": "occurred",
    "date": {"precision": "none"},
    "actors": [{"actor": "kim-north", "part": "meets"}, {"actor": "kim-south", "part": "meets"}],
    "excerpts": [{"source": "s", "text": "Kim met Kim."}]}]}`)
	r := run(t, "--data", path, "--plain", "--actor", "Kim")
	if r.code != ExitUsage || !strings.Contains(r.stderr, `fits 2 actors: Kim (kim-north), Kim (kim-south)`) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// A flag given twice is a mistake to point out, not a silent choice of
// the last value; --actor is the one flag that adds a value each time.
func TestAFlagGivenTwiceIsAnError(t *testing.T) {
	for _, args := range [][]string{
		{"--search", "letter", "--search", "summit"},
		{"--data=a.json", "--data", "b.json"},
		{"--plain", "--plain"},
		{"--event", "kim-letter", "--event=kim-letter"},
	} {
		name := strings.TrimLeft(strings.SplitN(args[0], "=", 2)[0], "-")
		r := run(t, args...)
		if want := "--" + name + " is given twice (only --actor may be repeated)"; r.code != ExitUsage || !strings.Contains(r.stderr, want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", args, r.code, r.stderr, want)
		}
	}
	if r := run(t, "--plain", "--actor", "trump", "--actor", "moon-jae-in"); r.code != ExitOK {
		t.Errorf("--actor twice: exit %d, stderr %q", r.code, r.stderr)
	}
}
