package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"parley/bench/gen"
)

// Soak: the built binary on a generated 10,000-event dataset in a private
// tmux server, fed random keys and random window sizes from a fixed-seed
// generator. Every few seconds a probe (? toggles help) must produce a new
// frame within probeLimit; at the end q must exit 0.
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
	tm.waitFor("first frame", "of 10000 events")
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
			d := probe(tm, note)
			worst = max(worst, d)
			probes++
			nextProbe = time.Now().Add(time.Duration(500+rng.IntN(1500)) * time.Millisecond)
		}
	}
	t.Logf("%d keys, %d texts, %d resizes, %d probes; slowest probe %v", keys, texts, resizes, probes, worst.Round(time.Millisecond))

	// Leave whatever is open (search, filter, reader, help), then quit.
	if w < 40 || h < 10 {
		tm.resize(100, 30)
	}
	for range 4 {
		tm.keys("Escape")
	}
	tm.keys("q")
	if got := tm.waitExit("q", stepTimeout); got != "0" {
		t.Fatalf("parley exited with %s", got)
	}
	tm.waitFor("exit marker", "PARLEY-EXITED")
}

// probe waits for the screen to settle, then presses ? and measures how
// long a new frame takes; help must have opened or closed. It fails past
// probeLimit.
func probe(tm term, note func(string)) time.Duration {
	tm.t.Helper()
	before := settled(tm)
	if strings.Contains(before, "keep search") { // typing a search: ? would be text
		note("key Enter (probe: leave the search prompt)")
		tm.keys("Enter")
		before = settled(tm)
	}
	helpBefore := strings.Contains(before, "━━ Help")
	note("probe ?")
	sent := time.Now()
	tm.keys("?")
	for {
		s := tm.screen()
		if s != before {
			d := time.Since(sent)
			if d > probeLimit {
				tm.t.Fatalf("probe: a new frame took %v (limit %v)", d, probeLimit)
			}
			after := settled(tm)
			if strings.Contains(after, "━━ Help") == helpBefore {
				tm.t.Fatalf("probe: ? did not toggle help (before: %v):\n%s", helpBefore, after)
			}
			return d
		}
		if time.Since(sent) > probeLimit {
			tm.t.Fatalf("probe: no new frame within %v after ?:\n%s", probeLimit, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
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
