package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"parley/bench/gen"
	"parley/data"
	"parley/model"
)

// seen is what a fake explorer heard from a load going on while it was open.
type seen struct {
	datasets []int // event counts of the datasets, in order
	complete bool
	actors   []string
	err      error
}

// runLoading runs the command line on a generated file of n events (its
// JSON changed by edit when not nil) with the explorer asked for, the load
// going on in the background whatever the machine's speed; the fake
// explorer reads every update, as the real one does, and returns the
// error the last one carried.
func runLoading(t *testing.T, n int, edit func([]byte) []byte, args ...string) (result, seen) {
	t.Helper()
	path, json, err := gen.WriteEdited(gen.Sized(n), t.TempDir(), "big.json", edit)
	if err != nil {
		t.Fatal(err)
	}
	defer func(d time.Duration) { openDelay = d }(openDelay)
	openDelay = -1
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	var stdout, stderr bytes.Buffer
	var s seen
	var r result
	env := Env{Stdout: &stdout, Stderr: &stderr, StdoutIsTerminal: true, Getenv: func(string) string { return "" },
		Explore: func(ds *model.Dataset, opts ExploreOptions) error {
			r.explored, r.exploredData = &opts, ds
			if opts.Loading == nil {
				return nil
			}
			for u := range opts.Loading {
				if u.Loaded != nil {
					s.datasets = append(s.datasets, len(u.Loaded.Safe.Events))
				}
				if u.Actors != nil {
					s.actors = u.Actors
				}
				s.complete = s.complete || u.Complete
				s.err = u.Err
			}
			return s.err
		}}
	first := firstActor.FindSubmatch(json)
	for i := range args {
		if args[i] == "FIRST-ACTOR" && first != nil {
			args[i] = string(first[1])
		}
	}
	r.code = Run(append([]string{"--data", path}, args...), env)
	r.stdout, r.stderr = stdout.String(), stderr.String()
	return r, s
}

// firstActor finds the id of a generated file's first actor.
var firstActor = regexp.MustCompile(`"actors":\[\s*\{"id":"([a-z0-9-]+)"`)

func TestBigFileOpensTheExplorerBeforeItIsLoaded(t *testing.T) {
	r, s := runLoading(t, 20_000, nil)
	if r.code != ExitOK || r.exploredData != nil || r.explored == nil || r.explored.Loading == nil {
		t.Fatalf("exit %d, explorer given %v: want the explorer opened with no dataset and the load's news; stderr %s", r.code, r.exploredData, r.stderr)
	}
	if len(s.datasets) < 2 || s.datasets[0] >= 20_000 || s.datasets[len(s.datasets)-1] != 20_000 || !s.complete {
		t.Fatalf("datasets of %v events, complete %v: want a preview, then all 20,000", s.datasets, s.complete)
	}
}

func TestBigFileFilterResolvedOnTheFirstDataset(t *testing.T) {
	r, s := runLoading(t, 20_000, nil, "--actor", "FIRST-ACTOR", "--search", "kim  jong", "--all")
	if len(s.actors) != 1 {
		t.Fatalf("actors %v: want --actor resolved to one actor", s.actors)
	}
	if f := r.explored.Filter; f.Search != "kim jong" || f.Mode != model.MatchAll {
		t.Fatalf("explorer started with %+v: want the search and --all known before any dataset", f)
	}
}

func TestBigFileUnknownActorExitsAsUsage(t *testing.T) {
	r, s := runLoading(t, 20_000, nil, "--actor", "nobody-at-all")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "nobody-at-all") || s.err == nil {
		t.Fatalf("exit %d, stderr %q, explorer told %v: want exit 2 naming the actor", r.code, r.stderr, s.err)
	}
}

// A problem found after the explorer showed events is reported on exit as
// it would have been before: every problem on stderr, exit 1.
func TestBigFileLateProblemIsReportedOnExit(t *testing.T) {
	r, s := runLoading(t, 20_000, func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"id":"ev-015000"`), []byte(`"id":"Ev 15000"`), 1)
	})
	if len(s.datasets) == 0 || s.err == nil {
		t.Fatalf("datasets %v, error %v: want a preview shown, then the problem", s.datasets, s.err)
	}
	if r.code != ExitData || !strings.Contains(r.stderr, "Ev 15000") {
		t.Fatalf("exit %d, stderr %q: want exit 1 naming the bad id", r.code, r.stderr)
	}
}

// An --event the whole file lacks is no failure once the explorer is
// open: the explorer says so (tui's TestMissingStartEventIsANotice).
func TestBigFileMissingEventIsNoFailure(t *testing.T) {
	r, s := runLoading(t, 20_000, nil, "--event", "no-such-event")
	if r.code != ExitOK || s.err != nil || !s.complete {
		t.Fatalf("exit %d, error %v, complete %v: want the whole file shown", r.code, s.err, s.complete)
	}
}

// The explorer shows a failed file's errors before its warnings: a
// generated file has hundreds of warnings ahead of the one error.
func TestLoadFailureShowsErrorsFirst(t *testing.T) {
	probs := data.Problems{{File: "f\ng", Path: "a", Msg: "odd", Warning: true}, {File: "f\ng", Path: "b", Msg: "broken"}}
	got := (&LoadFailure{Err: probs}).Error()
	if !strings.HasPrefix(got, "f g: b: broken\n") || strings.Count(got, "\n") != 1 {
		t.Fatalf("shown as %q: want the error first", got)
	}
}
