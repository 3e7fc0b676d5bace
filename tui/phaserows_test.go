package tui

import (
	"slices"
	"strings"
	"testing"

	"parley/model"
)

// The timeline heads each run of events in a phase with the phase's title
// and span, ties the run's rows to it with │, and gives an event in no
// phase neither; the counts still count events.
func TestTimelineHeadsPhases(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	v := m.View()
	mustFollow(t, v, "┌ Singapore run-up · 24 May–12 Jun ", "│ Thu 24 May   ✓ occurred   Trump cancels the planned Singapore summit")
	mustFollow(t, v, "│ Fri 1 Jun ", "│ Tue 12 Jun   ✓ occurred   Kim and Trump meet in Singapore ")
	// Listed in no phase, though it falls in the first one's days.
	mustFollow(t, v, "│ Tue 12 Jun ", "  Tue 12 Jun   ◐ ongoing    Denuclearization stalls")
	mustFollow(t, v, "┌ Second-summit run-up · 24 Aug–10 Sep ", "│ Fri 24 Aug ")
	// The phase's undated event sorts last: its heading comes again.
	mustFollow(t, v, "  late Sep     ◇ expected ", "┌ Second-summit run-up · 24 Aug–10 Sep ")
	mustFollow(t, v, "┌ Second-summit run-up · 24 Aug–10 Sep ", "│ no date set ")
	mustContain(t, v, "1/16", "All actors · 16 of 16 events")
	if n := strings.Count(v, "\n┌ "); n != 3 {
		t.Fatalf("%d phase headings, want 3:\n%s", n, v)
	}
	// j steps over the heading to the phase's first event.
	m = press(t, m, "j")
	mustFollow(t, m.View(), "┌ Singapore run-up · 24 May–12 Jun ", "▶ Thu 24 May ")
	mustContain(t, m.View(), "2/16")
}

// mustFollow fails unless a line of the view starting with first is right
// above one starting with second.
func mustFollow(t *testing.T, view, first, second string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i-1], first) && strings.HasPrefix(lines[i], second) {
			return
		}
	}
	t.Errorf("no line %q right above a line %q:\n%s", first, second, view)
}

// Headings take rows but never the selection: line moves count events,
// a page counts the rows on screen and never stops on a heading, and the
// selection brings the heading of its run on screen with it.
func TestTimelineMovesAroundHeadings(t *testing.T) {
	m := sized(t, 60, 10, Options{}) // 6 rows of timeline
	steps := []struct {
		keys []string
		want string // the selected row
		pos  string
	}{
		{[]string{"pgdown"}, "Kim and Trump meet", "5/16"},        // 5 rows down, one of them a heading
		{[]string{"g", "j"}, "Trump cancels the planned", "2/16"}, // the heading above it is skipped
		{[]string{"pgdown"}, "Pompeo's trip", "7/16"},             // landed on the second heading: the event under it
		{[]string{"j", "j", "j", "j"}, "personal letter", "11/16"},
		{[]string{"pgup"}, "Denuclearization stalls", "6/16"}, // landed on the heading going up: the event above it
		{[]string{"G"}, "no date set", "16/16"},
	}
	for _, s := range steps {
		m = press(t, m, s.keys...)
		v := m.View()
		if row := selectedRow(v); !strings.Contains(row, s.want) {
			t.Fatalf("after %v: selected row %q, want %q\n%s", s.keys, row, s.want, v)
		}
		mustContain(t, v, s.pos)
	}
	// The last event starts a run: its heading is on screen above it.
	mustFollow(t, m.View(), "┌ Second-summit run-up · 24 Aug–10 Sep ", "▶ no date set ")
	// Going up, the window stops at the run's heading, not at its first event.
	m = press(t, m, "k", "k", "k", "k", "k", "k", "k", "k", "k")
	mustFollow(t, m.View(), "━━ Timeline", "┌ Second-summit run-up · 24 Aug–10 Sep ")
	mustFollow(t, m.View(), "┌ Second-summit run-up · 24 Aug–10 Sep ", "▶ Fri 24 Aug ")
}

// An event listed in two phases is headed by both, once; a dataset without
// phases has no headings and no bars.
func TestTimelineHeadingForTwoPhases(t *testing.T) {
	ds := dataset(t)
	both := &model.Phase{ID: "cycle", Title: "August cycle", Start: ds.Phases[1].Start, End: ds.Phases[1].End,
		EventIDs: []string{"pompeo-trip-cancelled"}}
	two := model.NewDataset(ds.Sources, ds.Actors, ds.Events, append(ds.Phases[:2:2], both)...)
	two.Sides = ds.Sides
	v := resized(New(two, Options{}), 99, 30).View() // narrow: the list has the width
	mustFollow(t, v, "┌ Second-summit run-up · 24 Aug–10 Sep + August cycle · 24 Aug–10 Sep", "│ Fri 24 Aug ")
	mustFollow(t, v, "┌ Second-summit run-up · 24 Aug–10 Sep ", "│ Wed 5 Sep ")

	none := model.NewDataset(ds.Sources, ds.Actors, ds.Events)
	none.Sides = ds.Sides
	v = resized(New(none, Options{}), 80, 24).View()
	mustNotContain(t, v, "┌", "│ Thu 24 May")
	mustContain(t, v, "\n  Thu 24 May ")
}

// A heading stands above each event in a phase whose listed predecessor
// is in no phase or in other phases, whatever the filter leaves out:
// findRuns against that definition, on every actor's events, a search and
// everything, in the embedded dataset and in 300 generated events with
// phases (lists that run over many words of positions).
func TestPhaseRunsFollowTheListedEvents(t *testing.T) {
	heads := 0
	for name, ds := range map[string]*model.Dataset{"embedded": dataset(t), "generated": generatedWithPhases(t)} {
		ctx := newContext(ds, true)
		results := []model.Result{ds.QueryResult(model.Filter{}), ds.QueryResult(model.Filter{Search: "summit"}),
			ds.QueryResult(model.Filter{Search: "e"})}
		for _, a := range ds.Actors {
			results = append(results, ds.QueryResult(model.Filter{Actors: []string{a.ID}}))
		}
		for n, r := range results {
			var want []int
			var prev []*model.Phase
			for i, e := range r.Events() {
				if p := ctx.phasesOf[e]; len(p) > 0 && !slices.Equal(p, prev) {
					want = append(want, i)
				}
				prev = ctx.phasesOf[e]
			}
			if got := findRuns(ctx, r).heads; !slices.Equal(got, want) {
				t.Errorf("%s, list %d: headings above %v, want %v", name, n, got, want)
			}
			heads += len(want)
		}
	}
	if heads == 0 {
		t.Fatal("no list has a phase heading: the test checks nothing")
	}
}

// generatedWithPhases is the fuzz sessions' 300 generated events with
// overlapping phases.
func generatedWithPhases(t testing.TB) *model.Dataset {
	for _, d := range fuzzDatasets(t) {
		if d.name == "generated-300-phases" {
			return d.ds
		}
	}
	t.Fatal("no generated dataset with phases")
	return nil
}
