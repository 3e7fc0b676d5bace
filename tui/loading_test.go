package tui

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// copied is ds with every event, actor and source a new value, as each
// dataset a load sends has its own: a test that passes with shared
// pointers proves nothing about finding things again by id. keep chooses
// the events (nil: all, with the phases); a partial dataset has none.
func copied(ds *model.Dataset, keep func(i int, e *model.Event) bool) *model.Dataset {
	var events []*model.Event
	for i := len(ds.Events) - 1; i >= 0; i-- { // in another order than the timeline's, as a file may be
		if e := *ds.Events[i]; keep == nil || keep(i, &e) {
			events = append(events, &e)
		}
	}
	var actors []*model.Actor
	for _, a := range ds.Actors {
		c := *a
		actors = append(actors, &c)
	}
	var sources []*model.Source
	for _, s := range ds.Sources {
		c := *s
		sources = append(sources, &c)
	}
	var phases []*model.Phase
	if keep == nil {
		phases = ds.Phases
	}
	out := model.NewDataset(sources, actors, events, phases...)
	out.Sides = ds.Sides
	return out
}

// firstPart keeps the timeline's first three quarters: the partial
// dataset a load shows first.
func firstPart(ds *model.Dataset) func(int, *model.Event) bool {
	return func(i int, _ *model.Event) bool { return i < len(ds.Events)*3/4 }
}

// loadingModel is the explorer opened on a load, sized, before any news.
func loadingModel(t testing.TB, w, h int, opts Options) Model {
	t.Helper()
	opts.Loading = make(chan Update) // never read: the tests deliver updates directly
	if opts.Name == "" {
		opts.Name = "summits-1M.json"
	}
	return resized(New(nil, opts), w, h)
}

// deliver hands the explorer one update, as its read of the channel would.
func deliver(m Model, u Update) (Model, tea.Cmd) {
	next, cmd := m.Update(loadMsg{Update: u})
	return next.(Model), cmd
}

var reading = Update{Stage: "reading", Done: 41 << 20, Total: 117 << 20, Events: 35840}

func TestLoadingScreen(t *testing.T) {
	for _, size := range [][2]int{{40, 10}, {120, 40}} {
		name := fmt.Sprintf("loading-%dx%d", size[0], size[1])
		t.Run(name, func(t *testing.T) {
			m, _ := deliver(loadingModel(t, size[0], size[1], Options{}), reading)
			v := m.View()
			golden(t, name, v)
			if err := frameFits(m.frame(), m.w, m.h); err != nil {
				t.Error(err)
			}
			if len(m.frame()) != m.h {
				t.Errorf("the loading screen has %d lines for a height of %d", len(m.frame()), m.h)
			}
			// The bench waits for "q quit" as the explorer's first frame with events.
			mustContain(t, v, "summits-1M.json", "Reading the file", "41 of 117 MiB · 35,840 events read", "35%", "q / ctrl+c: quit")
			mustNotContain(t, v, "q quit")
		})
	}
}

func TestLoadingScreenQuits(t *testing.T) {
	m := loadingModel(t, 80, 24, Options{})
	m = press(t, m, "j", "/", "a") // nothing to move, search or filter yet
	if m.quit {
		t.Fatal("a key other than q quit the loading screen")
	}
	next, cmd := m.Update(keyMsg("q"))
	if !next.(Model).quit || cmd == nil {
		t.Fatal("q does not quit the loading screen")
	}
}

// openReader is the explorer on a partial dataset, filtered by an actor
// and a search (kim-letter is not the first event listed), with the reader open on the kim-letter event's second
// passage.
func openReader(t *testing.T, partial *model.Dataset) Model {
	t.Helper()
	m, _ := deliver(loadingModel(t, 120, 40, Options{}), Update{Stage: "checking", Done: 30, Total: 100, Events: len(partial.Events), Dataset: partial})
	m = press(t, m, "a")
	m = typeText(t, m, "kim")
	m = press(t, m, "space", "enter", "/")
	m = typeText(t, m, "trump")
	m = press(t, m, "enter")
	m = selectEvent(t, m, "kim-letter")
	m = press(t, m, "enter", "enter", "n")
	if m.layout.focus() != paneReader || m.reader.ev.ID != "kim-letter" {
		t.Fatalf("setting up: the reader is not open on kim-letter:\n%s", m.View())
	}
	return m
}

func TestCompleteDatasetKeepsThePlace(t *testing.T) {
	full := dataset(t)
	partial := copied(full, firstPart(full))
	if partial.Event("kim-letter") == nil {
		t.Fatal("setting up: the partial dataset lacks kim-letter")
	}
	m := openReader(t, partial)
	before, _ := m.reader.current()
	m.reader.sc.by(3) // read on a little
	scrolled := m.reader.sc.off
	filter := m.filter
	mustContain(t, statusRow(m.View()), "loading 30%")

	complete := copied(full, nil)
	m, _ = deliver(m, Update{Stage: "indexing", Done: 100, Total: 100, Events: len(complete.Events), Dataset: complete, Complete: true})
	if m.ctx.ds != complete {
		t.Fatal("the complete dataset is not the one shown")
	}
	if m.current != complete.Event("kim-letter") {
		t.Errorf("the selected event is %v, want kim-letter of the complete dataset", eventID(m.current))
	}
	if m.layout.focus() != paneReader || m.reader.ev != complete.Event("kim-letter") {
		t.Errorf("the reader is not open on kim-letter of the complete dataset (focus %v)", m.layout.focus())
	}
	if after, _ := m.reader.current(); after != before {
		t.Errorf("the reader reads %+v, it read %+v", after, before)
	}
	if m.reader.sc.off != scrolled {
		t.Errorf("the reader is scrolled to line %d, it was at %d", m.reader.sc.off, scrolled)
	}
	if m.filter.Search != filter.Search || !equalStrings(m.filter.Actors, filter.Actors) || m.filter.Mode != filter.Mode {
		t.Errorf("the filter is %+v, it was %+v", m.filter, filter)
	}
	v := m.View()
	mustNotContain(t, v, "loading")
	m = press(t, m, "esc")
	if m.detail.ev != complete.Event("kim-letter") || m.timeline.selected() != complete.Event("kim-letter") {
		t.Errorf("back from the reader, the detail shows %v and the timeline selects %v", eventID(m.detail.ev), eventID(m.timeline.selected()))
	}
	if want := complete.Query(m.filter); !equalEvents(m.result.Events(), want) {
		t.Errorf("the timeline lists %d events, the filter selects %d in the complete dataset", m.result.Len(), len(want))
	}
}

func equalStrings(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

func equalEvents(a, b []*model.Event) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestLateErrorReachesTheScreen is issue 13's "a validation error found
// late is shown, never lost": part of the dataset is on screen when the
// load fails; the error replaces it, and the explorer ends with it.
func TestLateErrorReachesTheScreen(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 80, 24, Options{}), Update{Dataset: copied(full, firstPart(full))})
	var problems []string
	for i := 1; i <= 40; i++ {
		problems = append(problems, fmt.Sprintf("summits-1M.json: events[%d].date: \x1b[31m2018-02-30\x1b[0m is not a date", 1000*i))
	}
	err := errors.New(strings.Join(problems, "\n"))
	m, cmd := deliver(m, Update{Err: err})
	if cmd != nil || m.quit {
		t.Fatal("the explorer closed on a late error: the user never sees it")
	}
	v := m.View()
	mustContain(t, v, "summits-1M.json cannot be opened: the load found problems.",
		"events[1000].date: 2018-02-30 is not a date", "more", "every problem is printed to stderr")
	mustNotContain(t, v, "Timeline", "loading")
	if err := frameFits(m.frame(), m.w, m.h); err != nil {
		t.Error(err)
	}
	if err := terminalInert(v); err != nil {
		t.Error(err)
	}
	m = press(t, m, "j", "enter")
	if m.quit || !strings.Contains(m.View(), "cannot be opened") {
		t.Fatal("a key other than q left the error screen")
	}
	m = press(t, m, "q")
	if !m.quit || m.load.err != err {
		t.Errorf("after q: quit %v, the model's error %v", m.quit, m.load.err)
	}
}

func TestErrorBeforeAnyDatasetQuits(t *testing.T) {
	err := errors.New("summits-1M.json: not a dataset: want an object with events")
	m, _ := deliver(loadingModel(t, 80, 24, Options{}), Update{Stage: "reading", Done: 10, Total: 100})
	m, cmd := deliver(m, Update{Err: err})
	if !m.quit || m.load.err != err || m.View() != "" {
		t.Fatalf("quit %v, error %v, screen %q", m.quit, m.load.err, m.View())
	}
	if msg := cmd(); msg != (tea.QuitMsg{}) {
		t.Errorf("the command returned %#v, want tea.QuitMsg", msg)
	}
}

// TestLoadThroughAProgram runs a Bubble Tea program on a load's channel:
// the updates arrive in order through the explorer's own reads, the late
// error is on the screen, and the program ends with it on q.
func TestLoadThroughAProgram(t *testing.T) {
	full := dataset(t)
	ch := make(chan Update)
	stop := make(chan struct{})
	defer close(stop)
	m := New(nil, Options{Loading: ch, Name: "summits.json", stop: stop})
	p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutSignals())
	done := make(chan tea.Model)
	go func() { final, _ := p.Run(); done <- final }()
	p.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	err := errors.New("events[99].id: repeats events[3].id")
	for _, u := range []Update{reading, {Dataset: copied(full, firstPart(full))}, {Stage: "checking", Done: 90, Total: 100}, {Err: err}} {
		select {
		case ch <- u:
		case <-time.After(5 * time.Second):
			t.Fatal("the explorer stopped reading the channel")
		}
	}
	close(ch)
	time.Sleep(50 * time.Millisecond) // the last update is handled before q arrives
	p.Send(keyMsg("q"))
	select {
	case final := <-done:
		if fm := final.(Model); fm.load.err != err || !fm.load.failed() || len(fm.ctx.ds.Events) == 0 {
			t.Errorf("the program ended with error %v (%d events shown), want %v after a dataset", fm.load.err, len(fm.ctx.ds.Events), err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the program did not end on q")
	}
}

// TestWaitGivesUpWhenRunEnds: a read of the channel still waiting when
// the program ends returns, so no goroutine is left behind.
func TestWaitGivesUpWhenRunEnds(t *testing.T) {
	stop := make(chan struct{})
	got := make(chan tea.Msg)
	go func() { got <- waitForLoad(make(chan Update), stop, false)() }()
	close(stop)
	select {
	case msg := <-got:
		if msg != nil {
			t.Errorf("the read returned %#v after the end", msg)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("the read is still waiting after the program ended")
	}
}

func TestStartEventWaitsForItsDataset(t *testing.T) {
	full := dataset(t)
	late := full.Events[len(full.Events)-1].ID // not in the first half
	m, _ := deliver(loadingModel(t, 120, 40, Options{EventID: late}), Update{Dataset: copied(full, firstPart(full))})
	if m.current != nil && m.current.ID == late {
		t.Fatal("setting up: the partial dataset has the start event")
	}
	complete := copied(full, nil)
	m, _ = deliver(m, Update{Dataset: complete, Complete: true})
	if m.current != complete.Event(late) || m.layout.focus() != paneDetail {
		t.Errorf("with the complete dataset the explorer shows %v (focus %v), want %s in the detail", eventID(m.current), m.layout.focus(), late)
	}
}

func TestChannelClosedEarlyIsAnError(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 80, 24, Options{}), Update{Dataset: copied(full, firstPart(full))})
	next, _ := m.Update(loadMsg{closed: true})
	m = next.(Model)
	if m.load.err != errLoadEnded {
		t.Fatalf("a channel closed before the end left error %v", m.load.err)
	}
	mustContain(t, m.View(), "cannot be opened", "the load stopped before the end of the file")
}

// TestSwapKeepsTheRowOnScreen: with more events before it, the selected
// event stays on the screen line it was on.
func TestSwapKeepsTheRowOnScreen(t *testing.T) {
	var full *model.Dataset
	for _, set := range fuzzDatasets(t) {
		if set.name == "generated-300" {
			full = set.ds
		}
	}
	odd := func(i int, _ *model.Event) bool { return i%2 == 1 } // the complete dataset adds an event before each
	m, _ := deliver(loadingModel(t, 80, 24, Options{}), Update{Dataset: copied(full, odd)})
	for range 60 {
		m = press(t, m, "j")
	}
	m = press(t, m, "k", "k", "k")
	id, row := m.current.ID, lineOf(m.View(), "▶ ")
	m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
	if m.current.ID != id || lineOf(m.View(), "▶ ") != row {
		t.Errorf("after the swap %s is on line %d, it was %s on line %d:\n%s", m.current.ID, lineOf(m.View(), "▶ "), id, row, m.View())
	}
}

// lineOf is the number of the screen line that starts with prefix, -1 if none.
func lineOf(view, prefix string) int {
	for i, l := range strings.Split(view, "\n") {
		if strings.HasPrefix(l, prefix) {
			return i
		}
	}
	return -1
}

// The caller resolves --actor words against the first dataset and sends
// the actors with it: the explorer starts filtered by them.
func TestActorsComeWithTheFirstDataset(t *testing.T) {
	full := dataset(t)
	id := full.Actors[0].ID
	m, _ := deliver(loadingModel(t, 120, 40, Options{}), Update{Dataset: copied(full, firstPart(full)), Actors: []string{id}})
	if !equalStrings(m.filter.Actors, []string{id}) {
		t.Fatalf("filtered by %v, want [%s]", m.filter.Actors, id)
	}
	m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
	if !equalStrings(m.filter.Actors, []string{id}) {
		t.Fatalf("with the complete dataset filtered by %v, want [%s]", m.filter.Actors, id)
	}
}

// Nobody has moved while the file loads: the whole file opens where New
// would, on its first event at the top, not on the first preview's.
func TestUntouchedLoadOpensOnTheFirstEvent(t *testing.T) {
	full := dataset(t)
	late := func(i int, _ *model.Event) bool { return i >= len(full.Events)/4 } // the preview lacks the first events
	m, _ := deliver(loadingModel(t, 120, 40, Options{}), Update{Dataset: copied(full, late)})
	complete := copied(full, nil)
	m, _ = deliver(m, Update{Dataset: complete, Complete: true})
	if m.timeline.cursor != 0 || m.timeline.sc.off != 0 || m.current != complete.Events[0] {
		t.Fatalf("the whole file opens on %s, row %d, scrolled %d; want %s at the top", eventID(m.current), m.timeline.cursor, m.timeline.sc.off, complete.Events[0].ID)
	}
}

// A swapped-in dataset's time axis points at the marked events, as the
// first one's did.
func TestSwapKeepsMarksOnTheAxis(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 120, 40, Options{Notes: savedNotebook(notedBook(t))}), Update{Dataset: copied(full, firstPart(full))})
	m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
	m = press(t, m, "t")
	if !strings.Contains(m.View(), "★") {
		t.Fatalf("no mark on the axis after the swap:\n%s", m.View())
	}
}

// An --event the whole file lacks is news in the status line: the user has
// been exploring while it loaded, and the file is fine.
func TestMissingStartEventIsANotice(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 120, 40, Options{EventID: "no-such-event"}), Update{Dataset: copied(full, firstPart(full))})
	m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
	mustContain(t, statusRow(m.View()), "--event no-such-event: the file has no event with that id")
}

// The notice wins over the filter's words: where both do not fit whole
// (80 columns here, 100 with 100,000 events), the notice shows alone
// rather than beside "A… · …"; where they fit with the actors counted,
// both show.
func TestMissingStartEventNoticeIsReadable(t *testing.T) {
	const notice = "--event ev-00001: the file has no event with that id"
	full := dataset(t)
	load := func(w int, opts Options) string {
		opts.EventID = "ev-00001"
		m, _ := deliver(loadingModel(t, w, 30, opts), Update{Dataset: copied(full, firstPart(full))})
		m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
		return statusRow(m.View())
	}
	row := load(80, Options{})
	mustContain(t, row, notice)
	mustNotContain(t, row, "A ·", "A… ·", "events ·")
	kimMoon := Options{Filter: model.Filter{Actors: []string{"kim-jong-un", "moon-jae-in"}, Mode: model.MatchAll}}
	mustContain(t, load(100, kimMoon), "2 actors (all) · 3 of 16 events · "+notice)
}

// While a search is on, a partial dataset's result stays until the whole
// file is in, rather than the timeline emptying at each preview while the
// new dataset's index is built.
func TestSearchKeepsItsResultWhileTheFileLoads(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 120, 40, Options{Filter: model.Filter{Search: "summit"}}), Update{Dataset: copied(full, firstPart(full))})
	shown := m.ctx.ds
	m, _ = deliver(m, Update{Dataset: copied(full, nil)})
	if m.ctx.ds != shown {
		t.Fatal("a partial dataset replaced the searched one before the whole file was in")
	}
	complete := copied(full, nil)
	m, _ = deliver(m, Update{Dataset: complete, Complete: true})
	if m.ctx.ds != complete {
		t.Fatal("the whole file was not shown")
	}
}

// A partial dataset's count is not the file's: the header says so.
func TestHeaderCountsSoFarWhileLoading(t *testing.T) {
	full := dataset(t)
	m, _ := deliver(loadingModel(t, 120, 40, Options{}), Update{Dataset: copied(full, firstPart(full))})
	mustContain(t, strings.Split(m.View(), "\n")[0], "12 events so far")
	m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
	if head := strings.Split(m.View(), "\n")[0]; strings.Contains(head, "so far") || !strings.Contains(head, "16 events") {
		t.Fatalf("header of the whole file: %q", head)
	}
}

// Keys and the mouse ask a load still running to step aside for the time
// a frame takes, on the loading screen and over a partial dataset, and
// not once the whole file is shown.
func TestKeysAskTheLoadToStepAside(t *testing.T) {
	var asked []time.Duration
	opts := Options{StepAside: func(d time.Duration) { asked = append(asked, d) }}
	full := dataset(t)
	m := loadingModel(t, 120, 40, opts)
	m = press(t, m, "j")
	m, _ = deliver(m, Update{Dataset: copied(full, firstPart(full))})
	m = press(t, m, "j")
	next, _ := m.Update(tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	m = next.(Model)
	if len(asked) != 3 || asked[0] != keyFrame || asked[1] != keyFrame || asked[2] != keyFrame {
		t.Fatalf("two keys and a wheel while loading asked the load to step aside for %v, want %v three times", asked, keyFrame)
	}
	m, _ = deliver(m, Update{Dataset: copied(full, nil), Complete: true})
	press(t, m, "j")
	if len(asked) != 3 {
		t.Fatalf("a key once the file was in asked a finished load to step aside: %v", asked)
	}
}
