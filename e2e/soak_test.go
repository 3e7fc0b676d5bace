package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"parley/bench/gen"
)

// Soak: the built binary on a generated 10,000-event dataset in a private
// tmux server, fed random keys and random window sizes from a fixed-seed
// generator. Every few seconds a probe returns to the timeline with Escape,
// then ? must open help and ? close it, each within probeLimit; at the end
// q must exit 0.
//
//	PARLEY_SOAK=60s       how long to run (default 8s, so go test ./... stays quick)
//	PARLEY_SOAK_SEED=N    the random seed (default 1); the log names it
//
// .ci/run runs it for 60 s.

const probeLimit = time.Second

// soakKeys are tmux key names for everything but quitting: q and ctrl+c
// end the session, which only the final step may do.
var soakKeys = []string{
	"j", "k", "j", "j", "k", "g", "G", "NPage", "PPage", "Up", "Down", "Home", "End",
	"Enter", "Enter", "Escape", "Escape", "Tab", "BTab", "BSpace", "/", "a", "?", "n", "N", "x", "Space",
	"f", "b", "C-u", "C-d", "C-a", "C-x", "C-n", "C-p", "Left", "Right", "Delete",
}

// soakText is typed literally (search terms and actor names to narrow by).
var soakText = []string{"kim", "moon", "a", "e", "summit", "zz", "한", "Act", "1"}

func soakDuration(t *testing.T) time.Duration {
	t.Helper()
	v := os.Getenv("PARLEY_SOAK")
	if v == "" {
		return 8 * time.Second
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		t.Fatalf("PARLEY_SOAK=%q: %v", v, err)
	}
	return d
}

func soakSeed(t *testing.T) uint64 {
	t.Helper()
	v := os.Getenv("PARLEY_SOAK_SEED")
	if v == "" {
		return 1
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		t.Fatalf("PARLEY_SOAK_SEED=%q: %v", v, err)
	}
	return n
}

func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test skipped in -short mode")
	}
	bin := parleyBinary(t)
	dir := t.TempDir()
	start := time.Now()
	path, err := gen.Generate(gen.Sized(10_000)).Write(dir, "dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("generated 10,000 events in %v", time.Since(start).Round(time.Millisecond))

	duration, seed := soakDuration(t), soakSeed(t)
	t.Logf("soak for %v with PARLEY_SOAK_SEED=%d", duration, seed)
	rng := rand.New(rand.NewPCG(seed, 2018))

	w, h := 100, 30
	tm := startTmux(t, w, h, func(exit string) string {
		return fmt.Sprintf("LC_ALL=C.UTF-8 %s --data %s; echo EXIT=$? > %s; echo PARLEY-EXITED; sleep 30", bin, path, exit)
	})
	start = time.Now()
	tm.waitFor("first frame", "of 10,000 events")
	t.Logf("first frame after %v", time.Since(start).Round(time.Millisecond))

	var keys, texts, resizes, probes int
	var worst time.Duration
	var journal []string // the last steps, printed on failure
	note := func(s string) {
		journal = append(journal, s)
		if len(journal) > 40 {
			journal = journal[1:]
		}
	}
	defer func() {
		if t.Failed() {
			t.Logf("last steps before the failure:\n  %s", strings.Join(journal, "\n  "))
		}
	}()

	deadline := time.Now().Add(duration)
	nextProbe := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		switch r := rng.IntN(100); {
		case r < 80:
			k := soakKeys[rng.IntN(len(soakKeys))]
			note("key " + k)
			tm.keys(k)
			keys++
		case r < 88:
			s := soakText[rng.IntN(len(soakText))]
			note("text " + s)
			tm.text(s)
			texts++
		default:
			w, h = 1+rng.IntN(220), 1+rng.IntN(70)
			note(fmt.Sprintf("resize %d×%d", w, h))
			tm.resize(w, h)
			resizes++
		}
		if time.Now().After(nextProbe) {
			if w < 40 || h < 10 { // the too-small screen shows no help
				w, h = 40+rng.IntN(160), 10+rng.IntN(50)
				note(fmt.Sprintf("resize %d×%d for the probe", w, h))
				tm.resize(w, h)
				resizes++
			}
			d := probe(tm, w, h, note)
			worst = max(worst, d)
			probes++
			nextProbe = time.Now().Add(time.Duration(500+rng.IntN(1500)) * time.Millisecond)
		}
	}
	t.Logf("%d keys, %d texts, %d resizes, %d probes; slowest probe %v", keys, texts, resizes, probes, worst.Round(time.Millisecond))

	// Leave whatever is open (search, filter, reader, help), then quit.
	if w < 40 || h < 10 {
		w, h = 100, 30
		tm.resize(w, h)
	}
	toTimeline(tm, w, h, note)
	tm.keys("q")
	if got := tm.waitExit("q", stepTimeout); got != "0" {
		t.Fatalf("parley exited with %s", got)
	}
	tm.waitFor("exit marker", "PARLEY-EXITED")
}

// probe brings the explorer back to the timeline, then presses ? and
// measures how long help takes to open, and ? again to close it. Each must
// show within probeLimit.
func probe(tm term, w, h int, note func(string)) time.Duration {
	tm.t.Helper()
	toTimeline(tm, w, h, note)
	note("probe ? (open help)")
	opened := toggle(tm, "open", func(s string) bool { return showsHelp(s, w, h) })
	note("probe ? (close help)")
	closed := toggle(tm, "close", func(s string) bool { return atTimeline(s, w, h) })
	return max(opened, closed)
}

// toggle presses ? and waits, at most probeLimit, for a frame that is done.
func toggle(tm term, what string, done func(string) bool) time.Duration {
	tm.t.Helper()
	sent := time.Now()
	tm.keys("?")
	for {
		s := tm.screen()
		if done(s) {
			return time.Since(sent)
		}
		if time.Since(sent) > probeLimit {
			tm.t.Fatalf("probe: ? did not %s help within %v:\n%s", what, probeLimit, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// toTimeline presses Escape, one at a time, until the screen is settled on
// the timeline with the keys (no search prompt, help, reader or actor
// filter) in a frame drawn for w×h. Escape leaves each of those and moves
// nowhere else; in the timeline it clears the search.
//
// The size matters: tmux delivers a resize to the program up to 250 ms
// after the last one it delivered (it throttles resize storms), and until
// then capture-pane shows the old frame cut or padded to the new size,
// which can look settled while the program is in another state. Escapes
// are sent one per settled screen: sent together they can arrive in one
// read, which Bubble Tea takes as alt+esc.
func toTimeline(tm term, w, h int, note func(string)) {
	tm.t.Helper()
	for range 10 {
		s := settled(tm)
		if atTimeline(s, w, h) {
			return
		}
		if current(s, w, h) {
			note("key Escape (probe: back to the timeline)")
			tm.keys("Escape")
		}
	}
	tm.t.Fatalf("probe: never back on the timeline at %d×%d:\n%s", w, h, tm.screen())
}

// current reports whether the screen is a frame parley drew for w×h: the
// header fills the first line exactly and the last line is not blank.
func current(s string, w, h int) bool {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) != h {
		return false
	}
	head := lines[0]
	return strings.HasPrefix(head, "parley ") && strings.HasSuffix(head, " actors") &&
		utf8.RuneCountInString(head) == w && strings.TrimSpace(lines[h-1]) != ""
}

// atTimeline: a current frame whose short help is the timeline's.
func atTimeline(s string, w, h int) bool {
	return current(s, w, h) && strings.HasPrefix(lastLine(s), "↓/j down") && !strings.Contains(s, "━━ Help")
}

// showsHelp: a current frame with help open.
func showsHelp(s string, w, h int) bool {
	return current(s, w, h) && strings.Contains(s, "━━ Help") && strings.HasPrefix(lastLine(s), "? close help")
}

func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndex(s, "\n")+1:]
}

// settled is the screen once two captures 150 ms apart agree; the random
// keys sent before may still be drawing.
func settled(tm term) string {
	tm.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	prev := tm.screen()
	for {
		time.Sleep(150 * time.Millisecond)
		s := tm.screen()
		if s == prev {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the screen never settled:\n%s", s)
		}
		prev = s
	}
}
