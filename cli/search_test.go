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

// --search is cleaned as the explorer cleans what is typed: runs of
// spaces, tabs and line breaks are one space, the ends trimmed, so the
// same words find the same events in every output and are echoed alike.
func TestSearchIsCleanedAlikeEverywhere(t *testing.T) {
	messy := "  second \t summit\n"
	plain := run(t, "--plain", "--search", messy)
	tidy := run(t, "--plain", "--search", "second summit")
	if plain.stdout != tidy.stdout || !strings.Contains(plain.stdout, `search: "second summit"`) || strings.HasPrefix(plain.stdout, "0 of") {
		t.Errorf("--plain with a messy search:\n%s\nwith a tidy one:\n%s", plain.stdout, tidy.stdout)
	}
	js := run(t, "--json", "--search", messy)
	if !strings.Contains(js.stdout, `"search": "second summit"`) {
		t.Errorf("--json echoes the search uncleaned")
	}
	explorer := runIn(t, true, nil, "--search", messy)
	if explorer.explored == nil || explorer.explored.Filter.Search != "second summit" {
		t.Errorf("the explorer is started with search %+v", explorer.explored)
	}
}
