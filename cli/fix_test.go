package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fixSource = "The minister’s offer came on Monday – a surprise.\n\nTalks resume next week."

// fixDataset has two excerpts that differ from the source by typography
// alone, one that differs in wording, and one already right.
const fixDataset = `{
  "schema": "parley/1",
  "sources": [{"id": "s", "title": "T", "text_file": "s.txt"}],
  "actors": [{"id": "a", "name": "A", "kind": "person", "side": "none"}],
  "events": [
    {"id": "offer", "title": "Offer", "summary": "S.", "status": "occurred", "date": {"precision": "none"},
     "actors": [{"actor": "a", "part": "offers"}],
     "excerpts": [
       {"source": "s", "text": "The minister's offer came on Monday -- a surprise."},
       {"source": "s", "text": "Talks resume next  week."}
     ]},
    {"id": "talks", "title": "Talks", "summary": "S.", "status": "expected", "date": {"precision": "none"},
     "actors": [{"actor": "a", "part": "talks"}],
     "excerpts": [{"source": "s", "text": "Talks resume next month."}, {"source": "s", "text": "a surprise"}]}
  ]
}
`

func TestFixExcerptsRewritesTypographyOnly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.json")
	if err := os.WriteFile(filepath.Join(dir, "s.txt"), []byte(fixSource), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(fixDataset), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run(t, "--fix-excerpts", path)
	wantOut := path + `: events[0] "offer".excerpts[0].text
  - "The minister's offer came on Monday -- a surprise."
  + "The minister’s offer came on Monday – a surprise."
` + path + `: events[0] "offer".excerpts[1].text
  - "Talks resume next  week."
  + "Talks resume next week."
` + path + `: rewrote 2 excerpts to the source's text
`
	if r.stdout != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, wantOut)
	}
	wantErr := path + `: events[1] "talks".excerpts[0].text: not found verbatim in source "s"
  nearest passage (paragraph 2): "Talks resume next week."
  first difference at character 19: the source has "week." where the excerpt has "month."
  the wording differs: copy the passage from the source
` + path + `: 1 problem left to fix by hand
`
	if r.code != ExitData || r.stderr != wantErr {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and:\n%s", r.code, r.stderr, wantErr)
	}
	got, _ := os.ReadFile(path)
	want := strings.Replace(fixDataset, `"The minister's offer came on Monday -- a surprise."`, `"The minister’s offer came on Monday – a surprise."`, 1)
	want = strings.Replace(want, `"Talks resume next  week."`, `"Talks resume next week."`, 1)
	if string(got) != want {
		t.Errorf("file after the fix:\n%s\nwant every other byte kept:\n%s", got, want)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the file's own 0600 kept", info.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("left %d files in the directory, want the dataset and its text only", len(entries))
	}
}

func TestFixExcerptsLeavesWhatItCannotRead(t *testing.T) {
	broken := `{"schema": "parley/1", "sources": [` // cut short
	path := writeFile(t, "d.json", broken)
	r := run(t, "--fix-excerpts", path)
	if r.code != ExitData || r.stdout != "" || !strings.Contains(r.stderr, "unexpected end of file") || !strings.HasSuffix(r.stderr, "; nothing written\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != broken {
		t.Errorf("the unreadable file was changed: %q", got)
	}
}

func TestFixExcerptsWithNothingToFix(t *testing.T) {
	r := run(t, "--fix-excerpts", "../examples/singapore-run-up.json")
	want := "../examples/singapore-run-up.json: no excerpt differs from its source by typography alone; nothing written\n"
	if r.code != ExitOK || r.stdout != want || r.stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and %q", r.code, r.stdout, r.stderr, want)
	}
}
