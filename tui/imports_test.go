package tui

import (
	"os/exec"
	"strings"
	"testing"
)

// The explorer sees only the model: it must not reach the loader, even
// through another package (tests may load datasets; the package may not).
func TestTuiDoesNotImportData(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "parley/data" {
			t.Fatalf("parley/tui depends on parley/data:\n%s", out)
		}
	}
}
