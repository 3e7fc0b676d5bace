package tui

import (
	"fmt"
	"strings"
	"testing"

	"parley/model"
)

// FuzzLoading is FuzzSession on an explorer opened on a load (Options.
// Loading): between the session's steps the dataset arrives as a load
// sends it, progress, a partial dataset, a larger one, then the complete
// dataset or an error, and every invariant of checkSession holds on the
// loading screen, on each dataset swapped in, and on the error screen.
//
//	in[0]   as FuzzSession's, and its top three bits: an update after
//	        every (bits 5–6)+1 steps; bit 7 ends the load with an error
//	then    FuzzSession's steps
//
// Run it with go test ./tui -run '^$' -fuzz '^FuzzLoading$' -fuzztime 2000x
func FuzzLoading(f *testing.F) {
	sets := fuzzDatasets(f)
	for _, seed := range [][]byte{
		{0x00, 0x0f, 0x2f, 0x02, 0x30},                               // the embedded dataset, j, enter, enter
		{0x86, 0x0c, 0x1f, 0x0f, 0x0f, 0xef},                         // generated, an error at the end
		{0x6d, 0x5f, 0x02, 0x61, 0x0f, 0x2f, 0x2f, 0x7f, 0x0f, 0x0f}, // --event, search and actors, a slow load
		{0x93, 0x0c, 0x7f, 0x6f, 0xaf, 0x0f, 0x2f},                   // filtered start, help and the actor filter
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		start, steps := decodeSession(sets, in)
		set := sets[start.set]
		var b0 byte
		if len(in) > 0 {
			b0 = in[0]
		}
		start.opts.Notes = sessionNotes(t)
		start.opts.Loading, start.opts.Name = make(chan Update), set.name+".json"
		steps = withUpdates(steps, loadUpdates(set.ds, b0&0x80 != 0), int(b0>>5&3)+1)
		replay(t, New(nil, start.opts), set.name+" (loading)", start.opts, steps, nil)
	})
}

// loadUpdates is what a load of ds sends: progress, two partial datasets
// (the timeline's first third and two thirds, in reverse file order, with
// no phases), then the whole of it or, when failing, an error.
func loadUpdates(ds *model.Dataset, failing bool) []Update {
	const total = 100 << 20
	n := len(ds.Events)
	part := func(of int) *model.Dataset {
		return copied(ds, func(i int, _ *model.Event) bool { return i < n*of/3 })
	}
	last := Update{Stage: "indexing", Done: total, Total: total, Events: n, Dataset: copied(ds, nil), Complete: true}
	if failing {
		last = Update{Err: fmt.Errorf("%s: events[%d].date: \x1b]52;c;aGk=\x07not a date\nand 12 more problems", "file.json", n/2)}
	}
	return []Update{
		{Stage: "reading", Total: total},
		{Stage: "reading", Done: total / 2, Total: total},
		{Stage: "checking", Done: total / 3, Total: total, Events: n / 3, Dataset: part(1)},
		{Stage: "checking", Done: total / 2, Total: total, Events: n / 2},
		{Stage: "checking", Done: total * 2 / 3, Total: total, Events: n * 2 / 3, Dataset: part(2)},
		last,
	}
}

// withUpdates puts an update before every step'th step, and the ones left
// at the end, so every session sees the load end.
func withUpdates(steps []step, updates []Update, every int) []step {
	var out []step
	deliver := func() {
		u := updates[0]
		updates = updates[1:]
		out = append(out, step{loadMsg{Update: u}, fmt.Sprintf("update %s %d/%d, %d events, dataset %v, complete %v, error %v",
			u.Stage, u.Done, u.Total, u.Events, u.Dataset != nil, u.Complete, u.Err != nil)})
	}
	for i, s := range steps {
		if i%every == 0 && len(updates) > 0 {
			deliver()
		}
		out = append(out, s)
	}
	for len(updates) > 0 {
		deliver()
	}
	return out
}

// loadScreenShown reports a loading or error screen that does not say
// what it must: the loading screen names the events read and never the
// short help's "q quit" (the bench's sign of the explorer's first frame
// with events); the error screen says the file cannot be opened. frame is
// m's.
func loadScreenShown(m Model, frame []string) error {
	if !m.sized || m.quit || m.w < minWidth || m.h < minHeight {
		return nil
	}
	v := strings.Join(frame, "\n")
	switch {
	case m.load.waiting() && (!strings.Contains(v, "events read") || strings.Contains(v, "q quit")):
		return fmt.Errorf("the loading screen lacks \"events read\" or shows \"q quit\":\n%s", v)
	case m.load.failed() && !strings.Contains(strings.Join(strings.Fields(v), " "), "cannot be opened"): // the title wraps when narrow
		return fmt.Errorf("the error screen does not say the file cannot be opened:\n%s", v)
	}
	return nil
}
