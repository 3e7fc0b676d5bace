package e2e

import (
	"strings"
	"testing"
)

// TestNewUserDefectsInTmux replays, in a real terminal, what a new user
// ran into (issue 9): keys going to a pane not on screen (1), the actor
// cursor keeping its row instead of its actor (2), the event pane paging
// away from its selection (4), and late terminal replies typed as keys (6).
func TestNewUserDefectsInTmux(t *testing.T) {
	tm := startParley(t, 120, 40, "LC_ALL=C.UTF-8")
	tm.waitFor("first frame", "━━ Timeline", "── Event", "1/16")

	// 1: a, tab, enter puts the keys on the event pane, drawn in place of
	// the actor list; the next key moves through what is on screen.
	tm.keys("a")
	tm.waitFor("actors", "━━ Actors")
	tm.keys("Tab")
	tm.waitFor("tab", "━━ Timeline", "── Actors")
	tm.keys("Enter")
	tm.waitUntil("enter shows the event with the keys", func(s string) bool {
		return strings.Contains(s, "━━ Event") && !strings.Contains(s, "Actors ─") && !strings.Contains(s, "[ ] ●")
	})
	tm.keys("j")
	tm.waitFor("j on the link", "▶ → precedes: Kim holds a surprise")
	tm.keys("Escape")
	tm.waitFor("back", "━━ Timeline")

	// 2: the actor cursor stays on Sarah Sanders while typing narrows the list.
	tm.keys("a", "Down", "Down", "Down")
	tm.waitFor("on Sanders", "▶ [ ] ● Sarah Sanders")
	tm.text("p")
	tm.waitFor("p typed", "Find  p", "▶ [ ] ● Sarah Sanders")
	tm.keys("Space")
	tm.waitFor("Sanders chosen", "▶ [x] ● Sarah Sanders", "Actors: Sarah Sanders (any)")
	tm.keys("C-x")
	tm.waitFor("actors cleared", "All actors · 16 of 16 events")
	tm.keys("Escape") // two at once would read as alt+esc: one at a time
	tm.waitFor("text cleared", "type to narrow")
	tm.keys("Escape")
	tm.waitFor("filter closed", "── Event")

	// 6: a late background-colour report, BEL- and ST-terminated, and a
	// cursor position report reach the search prompt and type nothing.
	tm.keys("/")
	tm.waitFor("search prompt", "enter keep search")
	tm.text("ki")
	tm.hex("1b 5d 31 31 3b 72 67 62 3a 31 37 31 37 2f 31 37 31 37 2f 31 37 31 37 07")
	tm.hex("1b 5d 31 31 3b 72 67 62 3a 31 37 31 37 2f 31 37 31 37 2f 31 37 31 37 1b 5c")
	tm.hex("1b 5b 31 32 3b 34 30 52")
	tm.text("m")
	tm.waitFor("only kim typed", "/ kim▏")
	if s := tm.screen(); strings.Contains(s, "1717") || strings.Contains(s, "rgb") {
		t.Fatalf("a terminal reply was typed into the search:\n%s", s)
	}
	tm.keys("Escape")
	tm.waitFor("search cleared", "All actors · 16 of 16 events")
	// …and on the timeline moves nothing (g, b, f are keys there).
	tm.keys("g", "j", "j")
	tm.waitFor("third row", "3/16")
	tm.hex("1b 5d 31 31 3b 72 67 62 3a 66 66 66 66 2f 66 66 66 66 2f 66 66 66 66 07")
	tm.keys("j")
	tm.waitFor("the reply moved nothing", "4/16")

	// 4: at 60×20 the briefing opens with its first quote below the fold;
	// enter first brings it on screen, then reads it; the rule says what
	// is below.
	tm.resize(60, 20)
	tm.keys("G", "k", "k", "k", "k")
	tm.waitFor("briefing selected", "12/16")
	tm.keys("Enter")
	tm.waitFor("event", "━━ Event", "more ━━", "Sanders describes Kim's letter")
	tm.keys("Enter")
	tm.waitFor("the quote brought on screen", "━━ Event", "▶ “It was a very warm", "enter: read it in the article")
	tm.keys("PageDown")
	tm.waitUntil("a page on, an item on screen is selected", func(s string) bool {
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "▶ ") {
				return strings.Contains(s, "enter: ")
			}
		}
		return false
	})
	tm.keys("Enter")
	tm.waitFor("reader", "━━ Source", "more ━━")

	tm.keys("q")
	if got := tm.waitExit("q", stepTimeout); got != "0" {
		t.Fatalf("parley exited with %s", got)
	}
}

// Defect 12: ctrl+z gives the terminal back to the shell and fg brings the
// explorer back, redrawn where it was.
func TestSuspendAndResumeInTmux(t *testing.T) {
	bin := parleyBinary(t)
	tm := startTmux(t, 100, 30, func(exit string) string {
		return "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=tmux-256color LC_ALL=C.UTF-8 PS1='$ ' sh"
	})
	tm.waitFor("shell", "$")
	tm.text(bin)
	tm.keys("Enter")
	tm.waitFor("first frame", "━━ Timeline", "1/16")
	tm.keys("j")
	tm.waitFor("j", "2/16")
	tm.keys("C-z")
	tm.waitUntil("suspended: the shell prompts again", func(s string) bool {
		i := strings.Index(s, "Stopped")
		return i >= 0 && strings.Contains(s[i:], "$") && !strings.Contains(s, "━━ Timeline")
	})
	tm.text("fg")
	tm.keys("Enter")
	tm.waitFor("resumed and redrawn", "━━ Timeline", "── Event", "2/16")
	tm.keys("q")
	tm.waitWithout("quit", "━━ Timeline")
}

// Run as tmux's own command there is no shell to return to: ctrl+z says
// so, and q still quits with status 0. (The stop used to be ignored by
// the kernel while Bubble Tea waited for a resume: a blank screen that
// took no key.)
func TestSuspendWithoutAShellInTmux(t *testing.T) {
	tm := startParley(t, 100, 30, "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=tmux-256color LC_ALL=C.UTF-8")
	tm.waitFor("first frame", "━━ Timeline", "1/16")
	tm.keys("C-z")
	tm.waitFor("the notice", "ctrl+z: no shell to return to; q quits", "━━ Timeline")
	tm.keys("q")
	if got := tm.waitExit("q after ctrl+z", stepTimeout); got != "0" {
		t.Fatalf("parley exited with %s", got)
	}
}
