package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/data"
)

func TestNewWritesAStarterThatValidates(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "Vell Talks.txt")
	text := "\ufeffTalks in Vell\r\n\r\nThe trade ministers of Norland and Sudmark met in Vell on Tuesday. They agreed to meet again.\r\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "new", src, "--title", "Trade talks in Vell", "--published", "2024-10-09")
	target := filepath.Join(dir, "Vell Talks.json")
	want := "wrote " + target + ": 1 source, 1 example actor, 1 example event\nnext: replace the examples, then run parley --validate " + target + "\n"
	if r.code != ExitOK || r.stdout != want || r.stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and %q", r.code, r.stdout, r.stderr, want)
	}
	loaded, err := data.LoadFile(target, data.DefaultMaxBytes)
	if err != nil {
		t.Fatalf("the starter does not load: %v", err)
	}
	if len(loaded.Warnings) > 0 {
		t.Errorf("the starter has warnings: %v", loaded.Warnings)
	}
	s := loaded.Raw.Sources[0]
	if s.ID != "vell-talks" || s.Title != "Trade talks in Vell" || s.Published.Display() != "Wed 9 Oct 2024" {
		t.Errorf("source %q %q %q", s.ID, s.Title, s.Published.Display())
	}
	if x := loaded.Raw.Events[0].Excerpts[0].Text; x != "The trade ministers of Norland and Sudmark met in Vell on Tuesday." {
		t.Errorf("excerpt %q, want the text's first sentence (not its heading)", x)
	}

	// A second run never overwrites the first.
	before, _ := os.ReadFile(target)
	r = run(t, "new", src)
	if wantErr := "parley: " + target + " already exists; parley new never overwrites a file: move it away or copy the text to another name\n"; r.code != ExitData || r.stderr != wantErr || r.stdout != "" {
		t.Errorf("second run: exit %d, stderr %q; want 1 and %q", r.code, r.stderr, wantErr)
	}
	if after, _ := os.ReadFile(target); string(after) != string(before) {
		t.Error("the second run changed the file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the directory, want the text and the dataset only", len(entries))
	}
}

func TestNewRefusesWhatItCannotUse(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, "empty.txt", " \n")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"new"}, ExitUsage, "parley: new needs the source's text file: parley new SOURCE.txt\n"},
		{[]string{"new", "a.txt", "b.txt"}, ExitUsage, "parley: new takes one text file, not 2 (a.txt, b.txt)\n"},
		{[]string{"new", "d.json"}, ExitUsage, "parley: d.json: the source must be a text file, not .json: parley new writes SOURCE.json beside it\n"},
		{[]string{"new", filepath.Join(dir, "none.txt")}, ExitData, "parley: " + filepath.Join(dir, "none.txt") + ": no such file or directory\n"},
		{[]string{"new", empty}, ExitData, "parley: " + empty + " has no text to take excerpts from\n"},
		{[]string{"new", empty, "--published", "2024-9-5"}, ExitUsage, "parley: --published: \"2024-9-5\" is not a date of the form YYYY-MM-DD (write \"2024-09-05\": four-digit year, two-digit month and day)\n"},
		{[]string{"new", empty, "--title", "A", "--title", "B"}, ExitUsage, "parley: --title is given twice\nRun 'parley new --help' for usage.\n"},
		{[]string{"new", empty, "--title"}, ExitUsage, "parley: --title needs a value (the source's title)\nRun 'parley new --help' for usage.\n"},
	}
	for _, tc := range tests {
		r := run(t, tc.args...)
		if r.code != tc.code || r.stderr != tc.want || r.stdout != "" {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, r.code, r.stderr, tc.code, tc.want)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(empty)); len(entries) != 1 {
		t.Errorf("a refused run left a file behind: %d entries", len(entries))
	}
}

func TestDateWorksOutRelativeWords(t *testing.T) {
	r := run(t, "date", "next Tuesday", "--from", "2024-10-09")
	want := `Tue 15 Oct 2024
rule: "next Tuesday" is the Tuesday of the week after the one it was said in
"date": {"precision": "day", "start": "2024-10-15", "basis": "inferred", "words": "next Tuesday", "note": "\"next Tuesday\" is the Tuesday of the week after the one it was said in; said on 2024-10-09"}
`
	if r.code != ExitOK || r.stdout != want {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s", r.code, r.stdout, want)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"date", "soon", "--from", "2024-10-09"}, `parley: "soon" is not a form parley works out; it knows today, yesterday, tomorrow, [this|next|last] <weekday>, [this|next|last] week or month, [the] end|start|middle of this|next|last month, and [early|mid|late] <month>` + "\n"},
		{[]string{"date", "Monday"}, "parley: date needs --from YYYY-MM-DD, the day the words were written (usually the source's publication date)\n"},
		{[]string{"date", "--from", "2024-10-09"}, "parley: date needs the words to work out, e.g. parley date \"next Tuesday\" --from 2024-10-09\n"},
		{[]string{"date", "Monday", "--from", "9 Oct"}, "parley: --from: \"9 Oct\" is not a date of the form YYYY-MM-DD\n"},
	} {
		r := run(t, tc.args...)
		if r.code != ExitUsage || r.stderr != tc.want {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

func TestSchemaFlagPrintsTheSchema(t *testing.T) {
	r := run(t, "--schema")
	if r.code != ExitOK || r.stdout != string(data.JSONSchema()) || !strings.HasPrefix(r.stdout, "{\n  \"$schema\"") {
		t.Errorf("exit %d, stdout starts %q", r.code, r.stdout[:min(40, len(r.stdout))])
	}
	if r := run(t, "--schema", "--json"); r.code != ExitUsage || !strings.Contains(r.stderr, "--schema cannot be combined with --json") {
		t.Errorf("--schema --json: exit %d, stderr %q", r.code, r.stderr)
	}
}
