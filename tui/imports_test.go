package tui

import (
	"os/exec"
	"strings"
	"testing"
)

// The explorer sees only the model: it must not reach the loader, nor the
// notes file's I/O, even through another package (tests may load datasets
// and open notes files; the package may not).
func TestTuiDoesNotImportData(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "parley/data" || dep == "parley/notes" {
			t.Fatalf("parley/tui depends on %s:\n%s", dep, out)
		}
	}
}
