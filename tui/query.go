package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// Filtering a big dataset off the key path. A search on rich 100k events
// takes tens of milliseconds (and the index it needs over a second to
// build), so from backgroundFrom events a changed filter is queried on a
// goroutine (unless the actor index alone answers it: see cheap): the
// key's frame shows the new text at once, the timeline
// keeps the previous result until the new one lands, and a result for a
// filter changed since is dropped. Below it the query runs in place, as
// the tests' datasets do, so their frames stay deterministic.
//
// The key still waits up to queryWait for that goroutine: a query that
// lands in time is shown in the key's own frame. Without the wait the
// result came a frame after the letter whenever the renderer's tick fell
// while it ran: on rich 1M, where "s" takes 1.5-2.6 ms, the letter's
// result came at 1.1 to 2.7 times the bare program's p95 from run to run.

const (
	// backgroundFrom: a multi-letter search over 10k rich events costs 2 to
	// 3 ms with its actor counts, 4 to 7 ms over 20k (docs/performance.md).
	backgroundFrom = 10_000
	// indexTick is how often "indexing 62%" is brought up to date.
	indexTick = 250 * time.Millisecond
	// queryWait: every letter's query on rich 1M lands within it (0.1 to
	// 2.6 ms), and a letter whose query runs over it is late by no more.
	queryWait = 6 * time.Millisecond
)

// indexer is what the explorer asks of the dataset's search index:
// *model.Dataset is one; a test puts in its own to hold the index back.
type indexer interface {
	IndexSearch() // builds it, or waits for the build under way
	SearchIndexReady() bool
	SearchIndexProgress() (done, total int)
}

// pending is the state of the filter's result while it is not in: the
// timeline shows the previous one meanwhile.
type pending struct {
	gen      int            // counts filter changes: a result is for the filter of its gen
	waiting  bool           // the filter searches and the index is still being built
	running  bool           // the result of gen is to come from a goroutine
	launched bool           // that goroutine has been started
	inFlight bool           // a query goroutine runs (maybe for an older gen): one at a time
	asked    *model.Dataset // the dataset an index wait was handed out for
	ticking  bool           // an indexTickMsg is on its way
}

// label says what the timeline waits for, for the status line: "" when
// the result shown is the filter's.
func (p pending) label(ix indexer) string {
	switch {
	case p.waiting:
		return fmt.Sprintf("indexing %d%%", indexPercent(ix))
	case p.running:
		return "searching…"
	}
	return ""
}

// indexPercent is how far the index's build has got, in percent: never 100
// before it is ready, when nothing waits for it any more.
func indexPercent(ix indexer) int {
	done, total := ix.SearchIndexProgress()
	if total <= 0 {
		return 0
	}
	return min(done*100/total, 99)
}

// queriedMsg is a filter's result computed on a goroutine.
type queriedMsg struct {
	ds     *model.Dataset
	gen    int
	result model.Result
}

// indexedMsg says the dataset's search index is ready.
type indexedMsg struct{ ds *model.Dataset }

type indexTickMsg struct{}

// requery runs the filter after it changed, keeping the selection near
// the current event: in place on a small dataset, on a goroutine on a big
// one, and not before the search index is ready when the filter searches.
func (m *Model) requery() {
	m.refilter(len(m.ctx.ds.Events) >= m.ctx.backgroundFrom && !cheap(m.filter))
}

// cheap reports whether the filter's result comes from the actor index
// alone, at any size (an actor toggled in any-of mode, or the one actor
// of all-of: 1.7 ms on rich 100k with its frame): in place, its result
// is in the key's own frame; on a goroutine it landed a frame later.
func cheap(f model.Filter) bool {
	return strings.TrimSpace(f.Search) == "" && !f.MarkedOnly && (f.Mode == model.MatchAny || len(f.Actors) <= 1)
}

// refilter starts a new result for the filter; background runs the query
// on a goroutine (see queryCmds).
func (m *Model) refilter(background bool) {
	q := &m.query
	q.gen++
	q.waiting, q.running, q.launched = false, false, false
	switch {
	case m.waitsForIndex():
		q.waiting = true
	case background:
		q.running = true
	default:
		m.applyResult(resultFor(m.ctx.ds, m.result, m.filter, m.actorsShown()))
	}
}

// waitsForIndex: the filter searches a dataset big enough for its index
// to be built in the background (see Run), and the index is not ready.
func (m *Model) waitsForIndex() bool {
	return strings.TrimSpace(m.filter.Search) != "" && len(m.ctx.ds.Events) >= m.ctx.indexFrom &&
		!m.ctx.index.SearchIndexReady()
}

// applyResult shows the filter's result: the timeline keeps the current
// event selected when it is listed, the detail, actor counts and axis
// follow.
func (m *Model) applyResult(r model.Result) {
	m.result = r
	m.timeline.setEvents(r, m.current)
	m.detail.setQuery(m.filter.Search)
	m.actors.setCounts(r.Counts)
	m.axisStale = true
	if m.layout.list == paneAxis {
		m.refreshAxis()
	}
	m.followTimeline()
}

// queried takes a result from a goroutine: shown if it is for the filter
// as it is now, dropped if the filter (or the dataset) changed since.
func (m *Model) queried(msg queriedMsg) {
	m.query.inFlight = false
	if msg.ds != m.ctx.ds || msg.gen != m.query.gen {
		return
	}
	m.query.running = false
	m.applyResult(msg.result)
}

// indexBuilt runs the search that waited for the index.
func (m *Model) indexBuilt(msg indexedMsg) {
	if msg.ds == m.ctx.ds && m.query.waiting {
		m.requery()
	}
}

// queryCmds starts the query's goroutine once none is running and shows
// its result if it lands within queryWait; it hands Bubble Tea the wait
// for a result still to come, or for the index, and a tick to show the
// index's progress. Update calls it after every message.
func (m *Model) queryCmds() tea.Cmd {
	q, ds := &m.query, m.ctx.ds
	var cmds []tea.Cmd
	if q.running && !q.launched && !q.inFlight {
		q.launched, q.inFlight = true, true
		result := startQuery(ds, m.result, m.filter, q.gen, m.actorsShown())
		if msg, ok := awaitQuery(result, m.ctx.queryWait); ok {
			m.queried(msg)
		} else {
			cmds = append(cmds, func() tea.Msg { return <-result })
		}
	}
	if q.waiting && q.asked != ds {
		q.asked = ds
		cmds = append(cmds, waitIndexCmd(ds, m.ctx.index))
	}
	if q.waiting && !q.ticking {
		q.ticking = true
		cmds = append(cmds, tea.Tick(indexTick, func(time.Time) tea.Msg { return indexTickMsg{} }))
	}
	return tea.Batch(cmds...)
}

// startQuery runs the filter on a goroutine, from the result shown
// (prev), and sends its result on the channel it returns. The dataset and
// results are read-only (queries only read them); the filter's actor list
// is copied, as the explorer makes a new one at each change anyway.
func startQuery(ds *model.Dataset, prev model.Result, f model.Filter, gen int, counted bool) <-chan queriedMsg {
	f.Actors = slices.Clone(f.Actors)
	result := make(chan queriedMsg, 1) // never blocks: a result no one waits for is let go
	go func() { result <- queriedMsg{ds: ds, gen: gen, result: resultFor(ds, prev, f, counted)} }()
	return result
}

// awaitQuery waits up to wait for a query's result; a wait of 0 never
// takes it, for tests that step through a result to come.
func awaitQuery(result <-chan queriedMsg, wait time.Duration) (queriedMsg, bool) {
	if wait <= 0 {
		return queriedMsg{}, false
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case msg := <-result:
		return msg, true
	case <-timer.C:
		return queriedMsg{}, false
	}
}

// resultFor is the filter's result from prev, with its actor counts when
// counted: they are worked out only while the actor filter is on screen
// to show them (model.Dataset.Select), and when it comes back
// (countShown).
func resultFor(ds *model.Dataset, prev model.Result, f model.Filter, counted bool) model.Result {
	if counted {
		return ds.Requery(prev, f)
	}
	return ds.Select(prev, f)
}

// actorsShown reports whether the actor filter, with its counts, is drawn.
func (m *Model) actorsShown() bool { return slices.Contains(m.layout.body(m.wide()), paneActors) }

// countShown counts the actors of the result shown once the actor filter
// is drawn and the result came without them. A result on its way will
// bring its own.
func (m *Model) countShown() {
	if m.result.Counts != nil || m.query.running || m.query.waiting || !m.actorsShown() {
		return
	}
	m.result = m.ctx.ds.Count(m.result, m.filter)
	m.actors.setCounts(m.result.Counts)
}

// waitIndexCmd builds the index, or waits for the build Run started.
func waitIndexCmd(ds *model.Dataset, ix indexer) tea.Cmd {
	return func() tea.Msg {
		ix.IndexSearch()
		return indexedMsg{ds}
	}
}
