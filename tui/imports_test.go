package tui

import (
	"os/exec"
	"strings"
	"testing"
)

// The explorer sees only the model: no package under tui/ may reach the
// loader or the notes file's I/O, even through another package (tests may
// load datasets, through parley/internal/testkit, and open notes files; the
// packages may not). go is always there when tests run, so a failing go
// list is a failure, not a skip.
func TestTuiDoesNotImportData(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...")
	out, err := cmd.Output()
	if err != nil {
		stderr := ""
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("go list -deps ./... under tui: %v\n%s", err, stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		for _, imp := range fields[1:] {
			if imp == "parley/data" || imp == "parley/notes" {
				t.Errorf("%s imports %s; the explorer takes a *model.Dataset and a Notebook instead", fields[0], imp)
			}
		}
	}
}
