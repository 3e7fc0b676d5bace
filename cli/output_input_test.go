package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --output must never name a file the export is read from: the dataset
// file, its source text or a link to either. Each would be lost.
func TestExportOutputRefusesItsOwnInput(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join("testdata", "hostile", "hostile.json"), filepath.Join(dir, "d.json"))
	copyFile(t, filepath.Join("testdata", "hostile", "sources", "hostile.txt"), filepath.Join(dir, "sources", "hostile.txt"))
	timeline := filepath.Join(dir, "t.json")
	if r := run(t, "--data", filepath.Join(dir, "d.json"), "--export", "timelinejs", "--output", timeline); r.code != ExitOK {
		t.Fatalf("first export: exit %d: %s", r.code, r.stderr)
	}
	if err := os.Symlink("d.json", filepath.Join(dir, "link.json")); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ data, output, want string }{
		{timeline, timeline, "is the dataset file given to --data"},
		{filepath.Join(dir, "d.json"), filepath.Join(dir, "link.json"), "is the dataset file given to --data"},
		{filepath.Join(dir, "d.json"), filepath.Join(dir, "sources", "hostile.txt"), "is a source text file of the dataset"},
	}
	for _, c := range cases {
		before, _ := os.ReadFile(c.output)
		r := run(t, "--data", c.data, "--export", "markdown", "--output", c.output)
		if r.code != ExitData || !strings.Contains(r.stderr, c.want) {
			t.Errorf("--data %s --output %s: exit %d, stderr %q, want %q", c.data, c.output, r.code, r.stderr, c.want)
		}
		if after, _ := os.ReadFile(c.output); string(after) != string(before) {
			t.Errorf("--output %s was overwritten", c.output)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(to), 0o755)
	}
	if err == nil {
		err = os.WriteFile(to, b, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}
