package e2e

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// y and Y reach tmux's paste buffer through OSC 52 when tmux has
// set-clipboard on, and the frame around the copy stays whole. TERM is
// screen-256color, as tmux sets it by default before 3.5: the sequence
// must still go to tmux bare, not wrapped for GNU screen.
func TestCopyReachesTmuxBuffer(t *testing.T) {
	tm := startParley(t, 120, 30, "LC_ALL=C.UTF-8 TERM=screen-256color", "--theme", "dark", "--event", "sanders-briefing")
	tm.tmux("set-option", "-g", "set-clipboard", "on")
	tm.waitFor("first frame", "━━ Event", "▶ “It was a very warm, very positive letter”")

	want := "“It was a very warm, very positive letter”\n" +
		"— Sarah Sanders, direct quotation, Monday press briefing, reported by Reuters\n" +
		"“White House agrees to second summit with Kim,” outlet unknown, author unknown, 10–13 Sep 2018 (inferred), par. 4.\n"
	tm.keys("y")
	tm.waitFor("copied", fmt.Sprintf("copied quote, %d characters", utf8.RuneCountInString(want)))
	if got := tm.tmux("show-buffer"); got != want {
		t.Errorf("tmux buffer\n got %q\nwant %q", got, want)
	}
	tm.waitFor("frame intact", "━━ Event", "── Timeline", "Sanders describes Kim's letter")

	tm.keys("Y")
	tm.waitFor("copied timeline", "copied timeline, ")
	if got := tm.tmux("show-buffer"); !strings.HasPrefix(got, "# Chronology\n\n16 events\n") || !strings.Contains(got, "## No date set") {
		t.Errorf("tmux buffer after Y:\n%.300s", got)
	}
	tm.keys("j")
	tm.waitWithout("notice cleared", "copied timeline")
	tm.keys("q")
	if code := tm.waitExit("quit", stepTimeout); code != "0" {
		t.Errorf("exit %s", code)
	}
}
