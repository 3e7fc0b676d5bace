package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"parley/bench/gen"
	"parley/model"
)

// inBackground is an explorer on the embedded dataset that queries a
// changed filter on a goroutine, as it does on a big dataset, and never
// waits for it: each result is delivered by the test.
func inBackground(t *testing.T, w, h int) Model {
	t.Helper()
	m := sized(t, w, h, Options{})
	m.ctx.backgroundFrom, m.ctx.queryWait = 0, 0
	return m
}

// update sends one message and returns the model and its command.
func update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// mustMsg runs a command from Update and returns the message of type T
// among its messages (a query's result, an axis placement), failing the
// test when none comes.
func mustMsg[T tea.Msg](t *testing.T, cmd tea.Cmd) T {
	t.Helper()
	msg, ok := msgOf[T](cmd)
	if !ok {
		var zero T
		t.Fatalf("no %T came from the command", zero)
	}
	return msg
}

// msgOf runs cmd as Bubble Tea would, batches opened, and returns the
// first message of type T it sends (within callCmd's wait).
func msgOf[T tea.Msg](cmd tea.Cmd) (T, bool) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg, ok := callCmd(c)
		switch msg := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case T:
			if ok {
				return msg, true
			}
		}
	}
	var none T
	return none, false
}

// letterLater types a search letter whose result is to come later: a
// command comes back, and the timeline lists what it did before.
func letterLater(t *testing.T, m Model, letter string) (Model, tea.Cmd) {
	t.Helper()
	before := m.result.Events()
	m, cmd := update(m, keyMsg(letter))
	if cmd == nil {
		t.Fatalf("search letter %q returned no command", letter)
	}
	if !slices.Equal(m.result.Events(), before) {
		t.Fatalf("search letter %q changed the timeline to %d events at once", letter, m.result.Len())
	}
	return m, cmd
}

// A search letter on a big dataset shows in the box at once, with
// "searching…"; the timeline keeps its events until the query's message
// comes back, and then lists the search's result.
func TestBackgroundSearchLetterWaitsForItsResult(t *testing.T) {
	m := inBackground(t, 100, 30)
	m, cmd := letterLater(t, press(t, m, "/"), "k")
	mustContain(t, statusRow(m.View()), "/ k▏", "searching…")
	m, _ = update(m, mustMsg[queriedMsg](t, cmd))
	want := m.ctx.ds.Query(model.Filter{Search: "k"})
	if !slices.Equal(m.result.Events(), want) {
		t.Fatalf("after the result the timeline lists %d events, the search finds %d", m.result.Len(), len(want))
	}
	mustNotContain(t, m.View(), "searching…")
}

// A query that lands within the key's wait is shown in the key's own
// frame: the letter and its result together, nothing left to come.
func TestSearchLetterLandingInTimeIsInItsKeysFrame(t *testing.T) {
	m := press(t, inBackground(t, 100, 30), "/")
	m.ctx.queryWait = time.Minute // lands however busy the machine
	m, cmd := update(m, keyMsg("k"))
	if want := m.ctx.ds.Query(model.Filter{Search: "k"}); !slices.Equal(m.result.Events(), want) {
		t.Fatalf("the key's frame lists %d events, the search finds %d", m.result.Len(), len(want))
	}
	mustContain(t, statusRow(m.View()), "/ k▏")
	mustNotContain(t, m.View(), "searching…")
	if _, ok := msgOf[queriedMsg](cmd); ok {
		t.Fatal("a result landed in the key's frame and was still to come")
	}
}

// awaitQuery takes a result sent within its wait, and gives up on one
// that is not; a wait of 0 never takes one.
func TestAwaitQueryWaitsNoLongerThanItsWait(t *testing.T) {
	sent := make(chan queriedMsg, 1)
	sent <- queriedMsg{gen: 7}
	if msg, ok := awaitQuery(sent, time.Minute); !ok || msg.gen != 7 {
		t.Fatalf("a result sent was not taken: %v %v", msg, ok)
	}
	if _, ok := awaitQuery(make(chan queriedMsg), time.Millisecond); ok {
		t.Fatal("a result never sent was taken")
	}
	sent <- queriedMsg{gen: 8}
	if _, ok := awaitQuery(sent, 0); ok {
		t.Fatal("a wait of 0 took a result")
	}
}

// A result for a search typed over since is dropped; one query runs at a
// time, and the newest filter's starts when the old one ends.
func TestStaleSearchResultIsDropped(t *testing.T) {
	m := inBackground(t, 100, 30)
	m = press(t, m, "/")
	before := m.result.Events()
	m, first := update(m, keyMsg("k"))
	m, second := update(m, keyMsg("i"))
	if second != nil {
		t.Fatal("a second query started while the first still runs")
	}
	m, next := update(m, mustMsg[queriedMsg](t, first))
	if !slices.Equal(m.result.Events(), before) {
		t.Fatalf("the result for %q was shown under the search %q", "k", m.filter.Search)
	}
	mustContain(t, statusRow(m.View()), "/ ki▏", "searching…")
	m, _ = update(m, mustMsg[queriedMsg](t, next))
	if want := m.ctx.ds.Query(model.Filter{Search: "ki"}); !slices.Equal(m.result.Events(), want) {
		t.Fatalf("the timeline lists %d events, the search %q finds %d", m.result.Len(), "ki", len(want))
	}
}

// Once every result is in, the background queries leave the explorer
// exactly as queries in place do: the same events, the same selection,
// detail, actor counts and time axis, key after key.
func TestBackgroundQueriesEndAsInPlaceOnes(t *testing.T) {
	inPlace := sized(t, 120, 40, Options{})
	background := inBackground(t, 120, 40)
	keys := []string{"j", "j", "j", "/", "k", "i", "backspace", "e", "enter", "t", "j", "a", "space", "j", "space",
		"ctrl+a", "esc", "/", "backspace", "backspace", "esc", "G", "a", "space", "esc", "M", "m", "M", "x"}
	fail := func(format string, args ...any) { t.Helper(); t.Fatalf(format, args...) }
	for i, k := range keys {
		inPlace = press(t, inPlace, k)
		var cmd tea.Cmd
		background, cmd = update(background, keyMsg(k))
		background, _ = runCmds(background, cmd, fail)
		if got, want := background.View(), inPlace.View(); got != want {
			t.Fatalf("after %v the screens differ:\nbackground:\n%s\nin place:\n%s", keys[:i+1], got, want)
		}
		if eventID(background.current) != eventID(inPlace.current) || background.outside != inPlace.outside {
			t.Fatalf("after %v the detail shows %s (outside %v), in place %s (outside %v)", keys[:i+1],
				eventID(background.current), background.outside, eventID(inPlace.current), inPlace.outside)
		}
	}
}

// heldIndex is a search index the test says is built, and how far.
type heldIndex struct {
	ready       bool
	done, total int
}

func (h *heldIndex) IndexSearch()                           {} // the test delivers indexedMsg itself
func (h *heldIndex) SearchIndexReady() bool                 { return h.ready }
func (h *heldIndex) SearchIndexProgress() (done, total int) { return h.done, h.total }

// A search typed while the index is built says how far it has got, keeps
// the keys free and the timeline as it was, and applies by itself when
// the index is ready; the progress ticks stop then.
func TestSearchWaitsForTheIndex(t *testing.T) {
	m := sized(t, 100, 30, Options{})
	idx := &heldIndex{done: 62, total: 100}
	m.ctx.index, m.ctx.indexFrom = idx, 0
	m, _ = letterLater(t, press(t, m, "/"), "l")
	mustContain(t, statusRow(m.View()), "/ l▏", "indexing 62%")
	m = press(t, m, "e", "enter", "j") // keys go on working
	mustContain(t, statusRow(m.View()), "Search “le”", "indexing 62%")

	idx.done = 80
	m, cmd := update(m, indexTickMsg{})
	if cmd == nil {
		t.Fatal("the progress stopped ticking while the index is not ready")
	}
	mustContain(t, statusRow(m.View()), "indexing 80%")

	idx.ready = true
	m, _ = update(m, indexedMsg{m.ctx.ds})
	if want := m.ctx.ds.Query(model.Filter{Search: "le"}); !slices.Equal(m.result.Events(), want) {
		t.Fatalf("once indexed the timeline lists %d events, the search finds %d", m.result.Len(), len(want))
	}
	mustContain(t, statusRow(m.View()), "Search “le”", "of 16 events")
	if _, cmd = update(m, indexTickMsg{}); cmd != nil {
		t.Fatal("the progress keeps ticking with nothing waiting")
	}
}

// Below backgroundFrom a search given at start shows its result at once,
// the index built in place if need be (tens of milliseconds), as before
// searches could wait for it: a mid-size file never opens on an empty list.
func TestStartingSearchOnAMidSizeDatasetIsAtOnce(t *testing.T) {
	g, err := gen.Load(gen.Params{Seed: 3, Events: indexAhead, Actors: 20, SourceBytes: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	m := resized(New(g.Safe, Options{Filter: model.Filter{Search: "a"}}), 100, 30)
	if want := g.Safe.Query(m.filter); len(want) == 0 || !slices.Equal(m.result.Events(), want) {
		t.Fatalf("New lists %d events, the search finds %d", m.result.Len(), len(want))
	}
}

// A search given at start (--search) on a dataset whose index is built in
// the background does not wait in New: Init waits for the index, and the
// result follows.
func TestStartingSearchWaitsForTheIndex(t *testing.T) {
	g, err := gen.Load(gen.Params{Seed: 3, Events: backgroundFrom, Actors: 20, SourceBytes: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	ds := g.Safe
	m := resized(New(ds, Options{Filter: model.Filter{Search: "a"}}), 100, 30)
	if m.result.Len() != 0 || ds.SearchIndexReady() {
		t.Fatalf("New searched (%d events, index ready %v) instead of waiting", m.result.Len(), ds.SearchIndexReady())
	}
	mustContain(t, m.View(), "Indexing the text for search: 0%", "indexing 0%")
	ds.IndexSearch() // as Run's goroutine does: the wait Init hands out ends at once
	fail := func(format string, args ...any) { t.Helper(); t.Fatalf(format, args...) }
	m, _ = runCmds(m, m.Init(), fail)
	if want := ds.Query(m.filter); len(want) == 0 || !slices.Equal(m.result.Events(), want) {
		t.Fatalf("after the index the timeline lists %d events, the search finds %d", m.result.Len(), len(want))
	}
}

// A dataset swapped in while a search is on, its index not built yet:
// the search waits for it, the timeline lists nothing of the old dataset
// meanwhile, the detail keeps the selected event, and the result selects
// it again.
func TestSwappedDatasetWaitsForItsIndex(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 100, 30, Options{}), Update{Stage: "checking", Done: 1, Total: 3, Dataset: copied(full, firstPart(full))})
	m = press(t, typeText(t, press(t, m, "/"), "letter"), "enter", "j")
	id := eventID(m.current)
	if m.current == nil {
		t.Fatal("setting up: no event selected under the search")
	}

	complete := copied(full, nil)
	ctx := newContext(complete, false)
	held := &heldIndex{done: 1, total: 4}
	ctx.index, ctx.indexFrom = held, 0
	m, _ = update(m, loadMsg{Update: Update{Stage: "indexing", Done: 3, Total: 3, Dataset: complete, Complete: true}, ctx: ctx})
	if m.result.Len() != 0 || m.timeline.list.Len() != 0 {
		t.Fatalf("waiting for the index, the timeline lists %d events (the model %d)", m.timeline.list.Len(), m.result.Len())
	}
	mustContain(t, m.View(), "Indexing the text for search: 25%", "indexing 25%")
	if m.detail.ev != complete.Event(id) {
		t.Fatalf("waiting for the index, the detail shows %v, want %s of the new dataset", eventID(m.detail.ev), id)
	}

	held.ready = true
	m, _ = update(m, indexedMsg{complete})
	if want := complete.Query(m.filter); !equalEvents(m.result.Events(), want) {
		t.Fatalf("once indexed the timeline lists %d events, the search finds %d", m.result.Len(), len(want))
	}
	if m.timeline.selected() != complete.Event(id) || m.current != complete.Event(id) {
		t.Fatalf("once indexed the timeline selects %v, the detail shows %v; want %s", eventID(m.timeline.selected()), eventID(m.current), id)
	}
}

// A swap queries in place even on a big dataset: what follows it finds
// the user's place in the new result.
func TestSwapQueriesInPlaceOnABigDataset(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 100, 30, Options{}), Update{Stage: "checking", Done: 1, Total: 3, Dataset: copied(full, firstPart(full))})
	m = press(t, m, "j", "j")
	id := eventID(m.current)
	complete := copied(full, nil)
	ctx := newContext(complete, false)
	ctx.backgroundFrom = 0
	m, _ = update(m, loadMsg{Update: Update{Stage: "indexing", Done: 3, Total: 3, Dataset: complete, Complete: true}, ctx: ctx})
	if !equalEvents(m.result.Events(), complete.Events) || m.timeline.selected() != complete.Event(id) {
		t.Fatalf("after the swap the timeline lists %d of %d events and selects %v, want %s",
			m.result.Len(), len(complete.Events), eventID(m.timeline.selected()), id)
	}
}

// An actor toggled in any-of mode is answered from the actor index in
// place at any size: its result is in the key's own frame, with no
// "searching…". A search still runs on a goroutine from backgroundFrom.
func TestActorToggleIsInPlaceAtAnySize(t *testing.T) {
	m := press(t, inBackground(t, 120, 40), "a")
	m, _ = update(m, keyMsg("space"))
	if want := m.ctx.ds.Query(m.filter); len(m.filter.Actors) != 1 || !slices.Equal(m.result.Events(), want) {
		t.Fatalf("after the toggle the timeline lists %d events, the filter %d", m.result.Len(), len(want))
	}
	if v := m.View(); strings.Contains(v, "searching") {
		t.Errorf("an actor toggle waits for its result:\n%s", v)
	}
	m = press(t, m, "esc", "/")
	m, _ = update(m, keyMsg("k"))
	mustContain(t, m.View(), "searching…")
}
