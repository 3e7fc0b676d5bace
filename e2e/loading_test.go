package e2e

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"parley/bench/gen"
)

// bigFile writes a generated dataset of n events, changed by edit when
// not nil, and returns its path.
func bigFile(t *testing.T, n int, edit func([]byte) []byte) string {
	t.Helper()
	path, _, err := gen.WriteEdited(gen.Sized(n), t.TempDir(), "big.json", edit)
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// openBig starts parley on path in tmux and watches the screen until it
// shows events, reporting whether it saw the load's progress first (the
// loading screen or the status line's mark).
func openBig(t *testing.T, path string) (term, bool) {
	tm := startParley(t, 100, 30, "LC_ALL=C.UTF-8 XDG_STATE_HOME="+t.TempDir(), "--data", path)
	progress := false
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		s := tm.screen()
		progress = progress || strings.Contains(s, "events read") || strings.Contains(s, "loading")
		if strings.Contains(s, "q quit") {
			return tm, progress
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no events shown within %v:\n%s", stepTimeout, tm.screen())
	return tm, false
}

// A big file opens the explorer before it is loaded: progress first, then
// events with the load's mark, then the whole timeline, keys working all along.
func TestBigFileOpensWhileItLoads(t *testing.T) {
	tm, progress := openBig(t, bigFile(t, 100_000, nil))
	if !progress {
		t.Error("the load's progress never showed before the timeline")
	}
	tm.keys("j")
	s := tm.waitUntil("the whole file", func(s string) bool {
		return strings.Contains(s, "100,000 events") && !strings.Contains(s, "loading")
	})
	if !strings.Contains(s, "━━ Timeline") {
		t.Fatalf("no timeline:\n%s", s)
	}
	tm.keys("q")
	if code := tm.waitExit("quit", 5*time.Second); code != "0" {
		t.Fatalf("parley exited %s", code)
	}
}

// A problem found after events were shown takes the screen, and quitting
// prints it and exits 1, as a file refused before opening would.
func TestBigFileLateProblemReachesTheScreen(t *testing.T) {
	path := bigFile(t, 100_000, func(b []byte) []byte {
		return bytes.Replace(b, []byte(`{"id":"ev-090000","title":"Sen Cuyang`), []byte(`{"id":"ev-090000","title":"","x":"Sen Cuyang`), 1)
	})
	tm, _ := openBig(t, path)
	tm.waitFor("the late problem", "cannot be opened", `"ev-090000"`, "printed to stderr", "status 1")
	tm.keys("q")
	if code := tm.waitExit("quit", 5*time.Second); code != "1" {
		t.Fatalf("parley exited %s, want 1", code)
	}
	// stderr has every problem, warnings too, in the file's order: look
	// through the scrollback, not just the screen.
	if all := tm.tmux("capture-pane", "-p", "-S", "-", "-t", "parley"); !strings.Contains(all, `events[89999] "ev-090000".title`) {
		t.Fatalf("stderr lacks the problem:\n%s", all[max(0, len(all)-3000):])
	}
}
