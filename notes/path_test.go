package notes

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultPathFollowsXDG(t *testing.T) {
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	id := EmbeddedIdentity("dataset/summit-2018.json")
	cases := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"XDG_STATE_HOME": "/xdg", "HOME": "/home/u"}, "/xdg/parley/builtin-summit-2018.notes.json"},
		{map[string]string{"HOME": "/home/u"}, "/home/u/.local/state/parley/builtin-summit-2018.notes.json"},
		{map[string]string{"XDG_STATE_HOME": "relative/dir", "HOME": "/home/u"}, "/home/u/.local/state/parley/builtin-summit-2018.notes.json"},
	}
	for _, c := range cases {
		if got, err := DefaultPath(env(c.vars), id); err != nil || got != c.want {
			t.Errorf("DefaultPath with %v = %q, %v; want %q", c.vars, got, err, c.want)
		}
	}
	if _, err := DefaultPath(env(nil), id); err == nil || !strings.Contains(err.Error(), "--notes") {
		t.Errorf("with no HOME and no XDG_STATE_HOME: %v, want an error pointing to --notes", err)
	}
}

func TestEachDatasetFileHasItsOwnNotesFile(t *testing.T) {
	a, b := FileName("/data/one/events.json"), FileName("/data/two/events.json")
	if a == b {
		t.Errorf("two datasets share the notes file %s", a)
	}
	if !strings.HasPrefix(a, "events-") || filepath.Base(a) != a {
		t.Errorf("name %q should start with the dataset's name and hold no directory", a)
	}
	if odd := FileName("/x/../../we ird\x1b[2J.json"); strings.ContainsAny(odd, " /\x1b") {
		t.Errorf("name %q holds characters a file name should not", odd)
	}
}
