package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/termsafe"
)

// Update is news of a dataset file loading while the explorer is open
// (Options.Loading): how far the load has got and, now and then, a
// dataset to show. The sender closes the channel after the update that
// is Complete or carries Err. Nobody reads the channel once Run has
// returned: the sender must then stop (cancel its load) rather than block.
type Update struct {
	Stage  string // what the load is doing: "reading", "checking", "indexing"
	Done   int64  // bytes of the file read (reading) or checked (checking)
	Total  int64  // the file's size in bytes
	Events int    // events checked so far
	// Dataset, when not nil, is a dataset to show: the events checked so
	// far while Complete is false, the whole file when it is true. Raw is
	// the same dataset as its file has it, nil when that is Dataset.
	Dataset  *model.Dataset
	Raw      *model.Dataset
	Complete bool
	// Actors, when not nil, comes with the first dataset: the actors to
	// filter by at the start, in place of Options.Filter's, which could
	// only be resolved against a dataset (--actor words).
	Actors []string
	// Err ends the load: the file cannot be opened. If no dataset has been
	// shown yet the explorer closes at once; otherwise it shows Err until
	// the user quits. Run returns Err either way, for the caller to report.
	Err error
}

// loadMsg is one Update as the explorer receives it. from is the channel
// it came from, read again once it is handled (nil: delivered directly,
// as tests do, and nothing is read); closed says the channel was closed.
// ctx, when not nil, is the context of Update.Dataset, made while reading.
type loadMsg struct {
	Update
	from   <-chan Update
	closed bool
	ctx    *context
}

// errLoadEnded is what a channel closed before its final update means.
var errLoadEnded = errors.New("the load stopped before the end of the file")

// waitForLoad reads the next update in a command, as Bubble Tea runs
// them: one read at a time, re-armed after each update is handled, so
// updates arrive in order. It gives up when stop closes (Run has ended).
// A dataset's context (a pass over every event: nine tenths of a swap) is
// made here, off the goroutine that draws, so keys are not held up by it.
func waitForLoad(ch <-chan Update, stop <-chan struct{}, mono bool) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		select {
		case u, ok := <-ch:
			msg := loadMsg{Update: u, from: ch, closed: !ok}
			if u.Dataset != nil {
				msg.ctx = newContext(u.Dataset, mono)
			}
			return msg
		case <-stop:
			return nil
		}
	}
}

// loadPhase is where a load the explorer was opened on stands: one state,
// so the screens and the key routing can never disagree about it.
type loadPhase int

const (
	loadNone     loadPhase = iota // not opened on a load: the dataset came whole
	loadWaiting                   // nothing to show yet: the loading screen
	loadPartial                   // part of the dataset is shown, the rest comes
	loadComplete                  // the whole dataset is shown
	loadFailed                    // the load failed (err): the error screen, or the explorer closed
)

// loadState is the explorer's record of a load in progress.
type loadState struct {
	phase loadPhase
	ch    <-chan Update // where the updates come from
	stop  chan struct{} // closed by Run when the program ends
	name  string        // the file as the user named it
	last  Update        // the latest progress: stage, bytes, events
	err   error         // why the load failed, in loadFailed
	// The start options wait for a dataset that has them (--event, --actor),
	// until the user presses a key: from then on the user's place rules.
	eventID string
	actors  []string
	touched bool
	bar     progress.Model // drawn by the loading screen
	// stepAside pauses the load for a while (Options.StepAside).
	stepAside func(time.Duration)
}

func newLoadState(opts Options) loadState {
	if opts.Loading == nil {
		return loadState{}
	}
	return loadState{phase: loadWaiting, ch: opts.Loading, stop: opts.stop, name: opts.Name, eventID: opts.EventID, actors: opts.Filter.Actors,
		bar: newLoadBar(opts.monochrome), stepAside: opts.StepAside}
}

// keyFrame is how long a key's frame takes to reach the terminal: its
// update, the renderer's next tick (60 a second) and the write.
const keyFrame = 40 * time.Millisecond

// makeRoom asks a load still running to leave the cores to the frame a
// key or the mouse waits for.
func (l *loadState) makeRoom() {
	if (l.waiting() || l.loading()) && l.stepAside != nil {
		l.stepAside(keyFrame)
	}
}

// waiting: nothing to show yet; the loading screen is up.
func (l *loadState) waiting() bool { return l.phase == loadWaiting }

// failed: the load failed; after a dataset was shown, the error screen is up.
func (l *loadState) failed() bool { return l.phase == loadFailed }

// whole reports whether the dataset shown is the whole of it: it came
// whole, or its load has completed.
func (l *loadState) whole() bool { return l.phase == loadNone || l.phase == loadComplete }

// loading: a partial dataset is shown while the rest comes.
func (l *loadState) loading() bool { return l.phase == loadPartial }

// percent is how far the current stage has got, 0 to 1.
func (l *loadState) percent() float64 {
	if l.last.Total <= 0 {
		return 0
	}
	return min(max(float64(l.last.Done)/float64(l.last.Total), 0), 1)
}

// mark is the status line's note while a partial dataset is shown.
func (l *loadState) mark() string {
	if !l.loading() {
		return ""
	}
	switch {
	case l.last.Stage == "indexing": // every event is in; no percent to give
		return "loading: building the timeline"
	case l.last.Total <= 0: // no size to measure by
		return "loading"
	}
	return fmt.Sprintf("loading %d%%", int(l.percent()*100))
}

// loaded handles one update: progress is kept for the screens, a dataset
// is swapped in, the end is recorded; the channel is read again until it.
func (m *Model) loaded(msg loadMsg) tea.Cmd {
	if m.load.phase != loadWaiting && m.load.phase != loadPartial {
		return nil
	}
	u := msg.Update
	if msg.closed && u.Err == nil {
		u.Err = errLoadEnded
	}
	m.load.last = Update{Stage: u.Stage, Done: u.Done, Total: u.Total, Events: u.Events}
	if u.Err != nil {
		return m.loadFailed(u.Err)
	}
	if u.Actors != nil && !m.load.touched {
		m.load.actors = u.Actors
	}
	var cmds []tea.Cmd
	// A search on a partial dataset would wait for that dataset's own
	// index, the timeline empty meanwhile, at each preview: with a search
	// on, the partial result shown stays until the whole file is in.
	skip := m.load.phase == loadPartial && !u.Complete && strings.TrimSpace(m.filter.Search) != ""
	if u.Dataset != nil && !skip {
		m.swapIn(u.Dataset, u.Raw, msg.ctx)
		if u.Complete {
			// Only the whole dataset is indexed: a partial one is soon
			// replaced, and its index would take a core from the load.
			cmds = append(cmds, indexSearch(u.Dataset))
		}
		m.load.phase = loadPartial
	}
	if u.Complete {
		if m.load.phase != loadPartial {
			return m.loadFailed(errors.New("the load ended without a dataset"))
		}
		m.load.phase = loadComplete
		m.prefetchAxis()
		m.orphanNotice()
		if id := m.load.eventID; id != "" && m.ctx.ds.Event(id) == nil {
			// --event names no event: known only now; the user has been
			// exploring, so it is news, not the end.
			m.notice = fmt.Sprintf("--event %s: the file has no event with that id", flatten(termsafe.Text(id)))
		}
		return tea.Batch(cmds...)
	}
	return tea.Batch(append(cmds, waitForLoad(msg.from, m.load.stop, m.mono))...)
}

// loadFailed ends the load with err: with nothing shown yet the explorer
// closes at once; else the error screen replaces the explorer until the
// user quits. Run returns err either way.
func (m *Model) loadFailed(err error) tea.Cmd {
	shown := m.load.phase == loadPartial
	m.load.err, m.load.phase = err, loadFailed
	if !shown {
		m.quit = true
		return tea.Quit
	}
	m.fail.layout(err, m.load.fileName(), m.w)
	return nil
}
