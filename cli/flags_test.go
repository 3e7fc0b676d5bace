package cli

import (
	"flag"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"

	"parley/model"
)

func TestStartStateReachesTheExplorer(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want ExploreOptions
	}{
		{"defaults", nil, ExploreOptions{Theme: "auto"}},
		{"actors by id or name in any case, repeated ones once, all-of",
			[]string{"--actor", "DONALD TRUMP", "--actor", "Kim-Jong-Un", "--actor", "donald-trump", "--all"},
			ExploreOptions{Filter: model.Filter{Actors: []string{"donald-trump", "kim-jong-un"}, Mode: model.MatchAll}, Theme: "auto"}},
		{"--all alone starts the actor filter in all-of mode",
			[]string{"--all"},
			ExploreOptions{Filter: model.Filter{Mode: model.MatchAll}, Theme: "auto"}},
		{"search, event, theme and mouse, single-dash spelling too",
			[]string{"-search", "letter", "--event", "kim-letter", "--theme=light", "--mouse"},
			ExploreOptions{Filter: model.Filter{Search: "letter"}, EventID: "kim-letter", Theme: "light", Mouse: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(t, true, map[string]string{"XDG_STATE_HOME": "/state"}, tc.args...)
			if r.code != ExitOK || r.stdout != "" || r.stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			if r.explored == nil {
				t.Fatal("the explorer was not started")
			}
			got := *r.explored
			// With nothing to check against it first (no --actor, no
			// --event), the built-in dataset loads while the explorer opens.
			if opens := len(tc.want.Filter.Actors) == 0 && tc.want.EventID == ""; opens != (got.Dataset != nil) || opens != (r.exploredData == nil) {
				t.Errorf("explorer given a dataset %v, one to wait for %v; want the latter only: %v", r.exploredData != nil, got.Dataset != nil, opens)
			}
			if got.Dataset != nil {
				safe, raw, err := got.Dataset()
				if err != nil || safe == nil || len(safe.Events) == 0 {
					t.Errorf("the dataset waited for: %v events, error %v", safe, err)
				}
				got.Raw, got.Dataset = raw, nil
			}
			if got.Raw == nil {
				t.Error("the explorer was given no raw dataset for excerpt JSON")
			}
			got.Raw = nil
			tc.want.NotesFile = "/state/parley/builtin-summit-2018.notes.json"
			tc.want.NotesIdentity = "builtin:dataset/summit-2018.json"
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("explorer options\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// --all without --actor is accepted for the explorer's sake; printed
// output, which has no actor to match, is the same as without it.
func TestAllAloneChangesNoPrintedTimeline(t *testing.T) {
	for _, format := range []string{"--plain", "--json"} {
		with, without := run(t, format, "--all"), run(t, format)
		if with.code != ExitOK || with.stderr != "" {
			t.Fatalf("%s --all: exit %d, stderr %q", format, with.code, with.stderr)
		}
		got := strings.Replace(with.stdout, `"match": "all"`, `"match": "any"`, 1)
		if got != without.stdout {
			t.Errorf("%s --all printed other events than %s alone", format, format)
		}
	}
}

func TestExplorerGetsTheTerminalSafeDataset(t *testing.T) {
	r := runIn(t, true, nil, "--data", "testdata/hostile/hostile.json")
	if r.explored == nil {
		t.Fatal("the explorer was not started")
	}
	if title := r.exploredData.Event("hostile-two").Title; title != "Second" {
		t.Errorf("explorer got title %q, want the escape sequence stripped: %q", title, "Second")
	}
}

// The flag package names a flag with one dash and its own words; parley
// names it as the help and the README do, with two, whichever the user typed.
func TestFlagErrorsUseTwoDashes(t *testing.T) {
	tests := []struct {
		args []string
		want string // the first line of stderr, exactly
	}{
		{[]string{"--validate"}, "parley: --validate needs a value (a dataset file)"},
		{[]string{"-validate"}, "parley: --validate needs a value (a dataset file)"},
		{[]string{"--validate="}, "parley: --validate needs a value (a dataset file)"},
		{[]string{"--data"}, "parley: --data needs a value (a dataset file)"},
		{[]string{"--plain", "--event"}, "parley: --event needs a value (an event id)"},
		{[]string{"--event", ""}, "parley: --event needs a value (an event id)"},
		{[]string{"--actor"}, "parley: --actor needs a value (an actor id or name)"},
		{[]string{"--actor", " "}, "parley: --actor needs a value (an actor id or name)"},
		{[]string{"--search"}, "parley: --search needs a value (the text to look for)"},
		{[]string{"-theme"}, "parley: --theme needs a value (auto, dark or light)"},
		{[]string{"--max-mib"}, "parley: --max-mib needs a value (a number of MiB)"},
		{[]string{"--max-mib", "lots"}, `parley: --max-mib "lots" is not a whole number from 1 to 1048576`},
		{[]string{"--plain=maybe"}, `parley: --plain takes no value (or true or false), not "maybe"`},
		{[]string{"-json=x"}, `parley: --json takes no value (or true or false), not "x"`},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := run(t, tc.args...)
			if r.code != ExitUsage || r.stdout != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and no output", r.code, r.stdout, ExitUsage)
			}
			if first, _, _ := strings.Cut(r.stderr, "\n"); first != tc.want {
				t.Errorf("stderr starts %q, want %q", first, tc.want)
			}
			if !strings.Contains(r.stderr, "Run 'parley --help' for usage.") {
				t.Errorf("stderr does not point to the help:\n%s", r.stderr)
			}
		})
	}
}

func TestOutputChoice(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		environ  map[string]string
		args     []string
		want     string // "explorer", "plain" or "json"
	}{
		{"terminal opens the explorer", true, nil, nil, "explorer"},
		{"not a terminal prints plain", false, nil, nil, "plain"},
		{"--plain on a terminal", true, nil, []string{"--plain"}, "plain"},
		{"--json on a terminal", true, nil, []string{"--json"}, "json"},
		{"--json off a terminal", false, nil, []string{"--json"}, "json"},
		{"ACCESSIBLE=1 prints plain", true, map[string]string{"ACCESSIBLE": "1"}, nil, "plain"},
		{"ACCESSIBLE=0 does not", true, map[string]string{"ACCESSIBLE": "0"}, nil, "explorer"},
		{"ACCESSIBLE=false does not", true, map[string]string{"ACCESSIBLE": "false"}, nil, "explorer"},
		{"--event on a terminal opens it in the explorer", true, nil, []string{"--event", "kim-letter"}, "explorer"},
		{"--event off a terminal prints it", false, nil, []string{"--event", "kim-letter"}, "plain"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(t, tc.terminal, tc.environ, tc.args...)
			if r.code != ExitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			got := "plain"
			switch {
			case r.explored != nil:
				got = "explorer"
			case strings.HasPrefix(r.stdout, "{"):
				got = "json"
			}
			if got != tc.want {
				t.Errorf("got %s output, want %s", got, tc.want)
			}
			if got == "explorer" && r.stdout != "" {
				t.Errorf("the explorer run also printed %q", r.stdout)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "--help", "-help"} {
		r := run(t, arg, "--plain")
		if r.code != ExitOK || r.stderr != "" || !strings.HasPrefix(r.stdout, "Usage: parley [flags]\n") {
			t.Errorf("%s: exit %d, stderr %q, stdout starts %.40q", arg, r.code, r.stderr, r.stdout)
		}
		if !strings.Contains(r.stdout, "Examples:\n  parley ") {
			t.Errorf("%s: help has no example", arg)
		}
	}
}

// The help text is written by hand; every flag the parser knows must be in it.
func TestHelpNamesEveryFlag(t *testing.T) {
	newFlagSet(&options{}).VisitAll(func(f *flag.Flag) {
		if !strings.Contains(usage, "  --"+f.Name+" ") {
			t.Errorf("usage does not describe --%s", f.Name)
		}
	})
}

func TestVersionFlag(t *testing.T) {
	r := run(t, "--version")
	if r.code != ExitOK || r.stderr != "" || !strings.HasPrefix(r.stdout, "parley ") || !strings.HasSuffix(r.stdout, "\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "parley unknown version (no build info)"},
		{"tagged module", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, "parley v1.2.0 go1.26.8"},
		{"source tree with local changes", &debug.BuildInfo{
			GoVersion: "go1.26.8",
			Main:      debug.Module{Version: "(devel)"},
			Settings:  []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}},
		}, "parley (devel) (commit 0123456789ab, modified) go1.26.8"},
	}
	for _, tc := range tests {
		if got := versionLine(tc.info, tc.info != nil); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
