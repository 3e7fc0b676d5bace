package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMarksAndNotesSurviveARestart marks an event and writes a note on it
// in one run, quits, and finds both in the next, as a user would; the
// notes file is in a state directory of the test's own.
func TestMarksAndNotesSurviveARestart(t *testing.T) {
	state := t.TempDir()
	start := func() term {
		return startParley(t, 100, 30, "LC_ALL=C.UTF-8 XDG_STATE_HOME="+state)
	}

	tm := start()
	tm.waitFor("first frame", "━━ Timeline", "1/16")
	tm.keys("j", "m")
	tm.waitFor("marked", "✓ ★ Trump cancels", "· saved")
	tm.keys("c")
	tm.waitFor("editor open", "━━ Note on the event", "ctrl+s save")
	tm.text("Why cancel by letter? Check the")
	tm.keys("Enter")
	tm.text("White House statement.")
	tm.keys("Escape")
	tm.waitFor("note saved", "Your notes (1)", "✎ Why cancel by letter? Check the", "Note written · saved")
	tm.keys("q")
	if code := tm.waitExit("quit", 5*time.Second); code != "0" {
		t.Fatalf("parley exited %s", code)
	}
	files, _ := filepath.Glob(filepath.Join(state, "parley", "*.notes.json"))
	if len(files) != 1 {
		t.Fatalf("want one notes file under the state directory, found %v", files)
	}
	if b, _ := os.ReadFile(files[0]); !strings.Contains(string(b), `"text": "Why cancel by letter? Check the\nWhite House statement."`) {
		t.Errorf("the notes file lacks the note:\n%s", b)
	}

	again := start()
	again.waitFor("restart", "━━ Timeline", "★ ✎ Trump cancels")
	again.keys("j")
	again.waitFor("the note is back", "✎ Why cancel by letter? Check the", "White House statement.")
	again.keys("M")
	again.waitFor("marked only", "★ Marked only · 1 of 16 events")
	again.keys("q")
	again.waitExit("quit again", 5*time.Second)
}
