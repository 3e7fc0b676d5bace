package cli

import (
	"strings"
	"testing"
)

// A hyphen typed on the command line finds the article's typeset dashes:
// the Panmunjom summit's title is "First Kim–Moon summit" (an en dash).
func TestSearchFindsTypesetDashesFromAHyphen(t *testing.T) {
	for _, q := range []string{"kim-moon", "KIM–MOON", "kim—moon"} {
		r := run(t, "--search", q)
		if r.code != ExitOK || r.stderr != "" {
			t.Fatalf("--search %s: exit %d, stderr %q", q, r.code, r.stderr)
		}
		head := `1 of 16 events · search: "` + q + `"`
		if !strings.HasPrefix(r.stdout, head+"\n") || !strings.Contains(r.stdout, "title:    First Kim–Moon summit at Panmunjom\n") {
			t.Errorf("--search %s printed\n%s\nwant %q and the Kim–Moon summit", q, r.stdout, head)
		}
	}
}
