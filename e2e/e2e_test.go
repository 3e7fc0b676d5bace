// Package e2e runs the built parley binary in a private tmux server and
// checks what a user sees at each step, as a person at a terminal would.
package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const stepTimeout = 10 * time.Second

type term struct {
	t      *testing.T
	socket string
	exit   string
}

func (tm term) tmux(args ...string) string {
	tm.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-u", "-f", "/dev/null", "-L", tm.socket}, args...)...)
	// The server the first command starts, and every parley in it, has a
	// HOME and state directory of the tests' own.
	cmd.Env = append(os.Environ(), "HOME="+testHome, "XDG_STATE_HOME="+filepath.Join(testHome, "state"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (tm term) screen() string { return tm.tmux("capture-pane", "-p", "-t", "parley") }

// waitFor polls the screen until every want is on it.
func (tm term) waitFor(step string, wants ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		s := tm.screen()
		missing := ""
		for _, w := range wants {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%s: screen never showed %q:\n%s", step, missing, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// waitUntil polls until ok holds for the screen.
func (tm term) waitUntil(step string, ok func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		s := tm.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%s: never seen:\n%s", step, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// waitWithout polls until none of nots is on the screen.
func (tm term) waitWithout(step string, nots ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for {
		s := tm.screen()
		found := ""
		for _, n := range nots {
			if strings.Contains(s, n) {
				found = n
			}
		}
		if found == "" {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%s: screen still shows %q:\n%s", step, found, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

func (tm term) keys(keys ...string) {
	tm.t.Helper()
	tm.tmux(append([]string{"send-keys", "-t", "parley"}, keys...)...)
}

// hex sends raw bytes, as a terminal sends its replies.
func (tm term) hex(bytes string) {
	tm.t.Helper()
	tm.tmux(append([]string{"send-keys", "-t", "parley", "-H"}, strings.Fields(bytes)...)...)
}

// text types literally (no key-name lookup).
func (tm term) text(s string) { tm.t.Helper(); tm.tmux("send-keys", "-t", "parley", "-l", s) }

func (tm term) resize(w, h int) {
	tm.t.Helper()
	tm.tmux("resize-window", "-t", "parley", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h))
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// parleyBinary builds the binary once per test run, into a directory
// removed when the tests end (see TestMain). PARLEY_E2E_BIN names a
// binary to test instead.
func parleyBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("PARLEY_E2E_BIN"); bin != "" {
		return bin
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "parley-e2e-bin-")
		if err != nil {
			buildErr = err
			return
		}
		builtDir = dir
		bin := filepath.Join(dir, "parley")
		build := exec.Command("go", "build", "-o", bin, ".")
		build.Dir = ".."
		if out, err := build.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		builtBin = bin
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

var builtDir string

// testHome is HOME for every parley the tests start (see term.tmux), so
// that its notes file is never the real one. The go build keeps the real
// HOME, and with it the build cache.
var testHome string

func TestMain(m *testing.M) {
	var err error
	if testHome, err = os.MkdirTemp("", "parley-e2e-home-"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	if builtDir != "" {
		_ = os.RemoveAll(builtDir)
	}
	_ = os.RemoveAll(testHome)
	os.Exit(code)
}

// startTmux runs command (a shell line) in a private tmux server of its
// own, in a w×h window; the server goes when the test ends. tm.exit is a
// file the command line may write its exit status to.
func startTmux(t *testing.T, w, h int, command func(exitFile string) string) term {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on PATH; the end-to-end test needs it")
	}
	tm := term{t: t, socket: fmt.Sprintf("parley-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()), exit: filepath.Join(t.TempDir(), "exit")}
	tm.tmux("new-session", "-d", "-s", "parley", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), command(tm.exit))
	sockPath := strings.TrimSpace(tm.tmux("display-message", "-p", "#{socket_path}"))
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run()
		_ = os.Remove(sockPath) // tmux leaves the socket file behind
	})
	return tm
}

// startParley runs parley in a tmux session: env (variables, as the shell
// reads them before a command) then the binary and args; then its exit
// status is written for waitExit, and the pane is kept a while so that
// the last screen can still be read.
func startParley(t *testing.T, w, h int, env string, args ...string) term {
	t.Helper()
	cmd := strings.Join(append([]string{env, parleyBinary(t)}, args...), " ")
	return startTmux(t, w, h, func(exit string) string {
		return fmt.Sprintf("%s; echo EXIT=$? > %s; sleep 5", cmd, exit)
	})
}

// waitExit waits for the command line to write EXIT=status to tm.exit and
// returns the status.
func (tm term) waitExit(step string, timeout time.Duration) string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		b, err := os.ReadFile(tm.exit)
		if err == nil && strings.Contains(string(b), "EXIT=") {
			return strings.TrimPrefix(strings.TrimSpace(string(b)), "EXIT=")
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%s: parley did not exit:\n%s", step, tm.screen())
		}
		time.Sleep(40 * time.Millisecond)
	}
}

func TestExplorerInTmux(t *testing.T) {
	tm := startParley(t, 100, 30, "LC_ALL=C.UTF-8")

	// First frame: wide layout, timeline and detail side by side.
	tm.waitFor("first frame", "━━ Timeline", "── Event", "All actors · 16 of 16 events", "1/16", "▶ Fri 27 Apr ",
		"┌ Singapore run-up · 24 May–12 Jun", "│ Thu 24 May ")

	// Navigate.
	tm.keys("j")
	tm.waitFor("j", "2/16", "▶ Thu 24 May ", "│ Trump cancels the planned Singapore")
	tm.keys("G")
	tm.waitFor("G", "16/16", "▶ no date set")
	tm.keys("g")
	tm.waitFor("g", "1/16")

	// Filter by an actor: type to narrow, space to toggle, enter when done.
	tm.keys("a")
	tm.waitFor("open filter", "━━ Actors", "[ ] ● Kim Jong Un")
	tm.text("moon")
	tm.waitFor("narrow", "Find  moon", "▶ [ ] ● Moon Jae-in")
	tm.keys("Space")
	tm.waitFor("toggle", "[x] ● Moon Jae-in", "Actors: Moon Jae-in (any) · 4 of 16 events")
	tm.keys("Enter")
	tm.waitFor("close filter", "━━ Timeline", "── Event", "1/4")

	// Open a quote: the second of Moon's events has one; tab to the detail.
	tm.keys("j")
	tm.waitFor("select", "2/4", "│ Kim holds a surprise second summit")
	tm.keys("Tab")
	tm.waitFor("focus detail", "━━ Event", "▶ his good will and hopes for a")

	// Read the source at that quote, step to the previous passage, come back.
	tm.keys("Enter")
	tm.waitFor("reader", "━━ Source · White House agrees to second summit with Kim",
		"Published 10–13 Sep 2018 (inferred)", "quote 1 of 1", "┃ 26, where Kim made clear his good will")
	tm.keys("N")
	tm.waitFor("previous passage", "excerpt 1 of 1", "┃ In response, an apparently shaken Kim")
	tm.keys("Escape")
	tm.waitFor("back to detail", "━━ Event", "── Timeline")

	// Back to the timeline, clear the filter, search.
	tm.keys("Escape")
	tm.waitFor("timeline focus", "━━ Timeline")
	tm.keys("x")
	tm.waitFor("clear", "All actors · 16 of 16 events")
	tm.keys("/")
	tm.waitFor("search prompt", "enter keep search")
	tm.text("letter")
	tm.waitFor("typing", "3 of 16 events", "Kim sends Trump a personal l")
	tm.keys("Enter")
	tm.waitFor("search kept", "All actors · Search “letter” · 3 of 16 events", "1/3")

	// Resize: narrow shows one pane; too small says what it needs.
	tm.resize(60, 20)
	tm.waitUntil("narrow: the timeline alone", func(s string) bool {
		// No pane divider: a │ stands only at a line's start, the bar under a phase's heading.
		for _, l := range strings.Split(s, "\n") {
			if strings.Index(l, "│") > 0 {
				return false
			}
		}
		return strings.Contains(s, "━━ Timeline") && !strings.Contains(s, "Event")
	})
	tm.resize(30, 8)
	tm.waitFor("too small", "Terminal too small: 30×8", "40×10")
	tm.resize(100, 30)
	tm.waitFor("wide again", "━━ Timeline", "── Event", "Search “letter”")

	// Help, then quit with a clean exit.
	tm.keys("?")
	tm.waitFor("help", "━━ Help", "Source reader")
	tm.keys("?")
	tm.waitWithout("help closed", "━━ Help")
	tm.keys("q")
	if got := tm.waitExit("q", stepTimeout); got != "0" {
		t.Fatalf("parley exited with %s", got)
	}
}

// The time axis and the pattern view, as a user reaches them: t lists the
// events on the axis, keys zoom and move, enter opens an event beside it,
// t returns to the list on that event; p shows the pattern, enter opens
// the chosen event.
func TestAxisAndPatternInTmux(t *testing.T) {
	tm := startParley(t, 120, 40, "LC_ALL=C.UTF-8")
	tm.waitFor("first frame", "━━ Timeline", "▶ Fri 27 Apr")

	tm.keys("t")
	tm.waitFor("axis", "━━ Time axis", "▶ Kim Jong Un", "no date set", "≈", "├ Singapor", "▲ Fri 27 Apr 2018 · First Kim–Moon summit")
	tm.keys("l", "l")
	tm.waitFor("move", "▲ Sat 26 May 2018 · Kim holds a surprise second summit with Moon", "│ Kim holds a surprise second summit with Moon")
	tm.keys("+", "+")
	tm.waitFor("zoom", "23 May", "1 Jun")
	tm.keys("=")
	tm.waitFor("fit", "24 Apr", "22 Sep")
	tm.keys("Enter")
	tm.waitFor("open", "── Time axis", "━━ Event", "Kim holds a surprise second summit with Moon")
	tm.keys("Escape")
	tm.waitFor("back to the axis", "━━ Time axis")
	tm.keys("t")
	tm.waitFor("back to the list", "━━ Timeline", "▶ Sat 26 May", "3/16")

	tm.keys("p")
	tm.waitFor("pattern", "━━ Pattern", "4 aligned, 4 without a counterpart", "≡ \"a pattern is emerging in North Korean-South Korean-US")
	tm.keys("l", "Enter")
	tm.waitFor("open from the pattern", "━━ Event", "South Korean envoys meet Kim in Pyongyang")
	tm.keys("q")
	if got := tm.waitExit("q", stepTimeout); got != "0" {
		t.Fatalf("parley exited with %s", got)
	}
}
