package tui

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"parley/bench/gen"
	"parley/data"
	"parley/model"
	"parley/termsafe"
	"parley/tui/axis"
	"parley/tui/pattern"
)

// FuzzSession drives the root model with an arbitrary session: keys (every
// binding of the keymap, every named key Bubble Tea knows, printable runes,
// pasted and multi-rune text, alt-modified keys), window sizes from 0×0 to
// 300×100 and mouse events, each through Update, running the commands it
// returns. After every step it checks the invariants in checkSession.
//
// The input is decoded by decodeSession; the seed corpus is in
// testdata/fuzz/FuzzSession. Run it with
//
//	go test ./tui -run '^$' -fuzz '^FuzzSession$' -fuzztime 10000x
func FuzzSession(f *testing.F) {
	// The seed corpus is testdata/fuzz/FuzzSession (see sessionSeeds).
	sets := fuzzDatasets(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		runSession(t, sets, in, nil)
	})
}

// fuzzDataset is a dataset the session can run on, with a few event ids to
// start from.
type fuzzDataset struct {
	name string
	ds   *model.Dataset
}

var (
	fuzzSetsOnce sync.Once
	fuzzSets     []fuzzDataset
	fuzzSetsErr  error
)

// fuzzDatasets: the embedded dataset, hostile ones that load, and a
// generated one long enough to scroll.
func fuzzDatasets(t testing.TB) []fuzzDataset {
	t.Helper()
	fuzzSetsOnce.Do(func() {
		emb, err := data.Embedded()
		if err != nil {
			fuzzSetsErr = err
			return
		}
		fuzzSets = append(fuzzSets, fuzzDataset{"embedded", emb.Safe})
		for _, name := range []string{"wide-characters", "escape-sequences", "cyclic-links", "bidi-and-zero-width"} {
			l, err := data.LoadFile(filepath.Join("..", "data", "testdata", "hostile", name+".json"), data.DefaultMaxBytes)
			if err != nil {
				fuzzSetsErr = err
				return
			}
			fuzzSets = append(fuzzSets, fuzzDataset{name, l.Safe})
		}
		g, err := gen.Load(gen.Params{Seed: 7, Events: 300, Actors: 40, SourceBytes: 16 << 10})
		if err != nil {
			fuzzSetsErr = err
			return
		}
		fuzzSets = append(fuzzSets, fuzzDataset{"generated-300", g.Safe})
		fuzzSets = append(fuzzSets, fuzzDataset{"generated-300-phases", withPhases(g.Safe)})
	})
	if fuzzSetsErr != nil {
		t.Fatal(fuzzSetsErr)
	}
	return fuzzSets
}

// keyTable is every key a session can press: each named key type Bubble Tea
// v1 has (which covers every non-rune binding of the keymap), then each
// printable ASCII rune (which covers the rune bindings).
var keyTable = func() []tea.KeyMsg {
	var keys []tea.KeyMsg
	for k := -200; k <= 200; k++ {
		kt := tea.KeyType(k)
		if kt == tea.KeyRunes {
			continue
		}
		if name := kt.String(); name != "" {
			k := tea.KeyMsg{Type: kt}
			if kt == tea.KeySpace { // Bubble Tea sends the rune with the type
				k.Runes = []rune{' '}
			}
			keys = append(keys, k)
		}
	}
	for r := rune(0x20); r < 0x7f; r++ {
		keys = append(keys, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return keys
}()

// runeTable feeds typed and pasted text: letters that match the datasets,
// and runes a terminal must never receive raw or that are hard to measure.
var runeTable = []rune{
	'a', 'e', 'i', 'k', 'l', 'm', 'n', 'o', 'r', 't', 'u', 'j', 'q', 'x', 'G', 'K', ' ', '/', '?',
	'한', '김', '中', '😀', 'é', '\u0301', '\u200b', '\u200d', '\u202e', '\u2066', '\u061c',
	'\x1b', '\x00', '\a', '\b', '\r', '\n', '\t', '\x7f', '\u0085', '\u009b', '\u009d', utf8.RuneError,
	']', '[', ';', '\\', '5', '2', 'c', 'J',
}

// notableSizes are the edges of the layout.
var notableSizes = [][2]int{
	{0, 0}, {1, 1}, {39, 9}, {40, 10}, {41, 11}, {99, 30}, {100, 30}, {101, 12}, {80, 24}, {300, 100}, {40, 100}, {300, 10},
}

var mouseButtons = []tea.MouseButton{
	tea.MouseButtonWheelUp, tea.MouseButtonWheelDown, tea.MouseButtonWheelLeft, tea.MouseButtonWheelRight,
	tea.MouseButtonLeft, tea.MouseButtonRight, tea.MouseButtonMiddle, tea.MouseButtonNone,
}

var mouseActions = []tea.MouseAction{tea.MouseActionPress, tea.MouseActionRelease, tea.MouseActionMotion}

// otherMsgs are messages a program may deliver that the explorer does not
// ask for.
var otherMsgs = []tea.Msg{nil, tea.FocusMsg{}, tea.BlurMsg{}, struct{}{}, tea.WindowSizeMsg{Width: -5, Height: -7}}

// step is one decoded message and how to print it for a failure report.
type step struct {
	msg  tea.Msg
	desc string
}

// sessionStart is how a session opens: a dataset and the options a command
// line could give.
type sessionStart struct {
	set  int
	opts Options
	// background: filter changes are queried on a goroutine and a search
	// waits for the index, as on a big dataset (query.go).
	background bool
}

// decodeSession turns fuzz bytes into a start and a list of steps. Every
// byte string decodes: missing operands read as zero.
//
//	in[0]          dataset (low 3 bits), start options (next 2 bits) and
//	               queries in the background (bit 5)
//	then per step  op byte; op%16 chooses:
//	  0–7   key: next byte indexes keyTable
//	  8     the same key with alt held
//	  9     typed runes: next byte%6+1 runes from runeTable, one message
//	  10    pasted runes: the same, marked as a paste
//	  11    window size: width from two bytes %301, height one byte %101
//	  12    window size from notableSizes (op>>4)
//	  13    mouse: button, action, x %300, y %100 (four bytes)
//	  14    a message the explorer does not ask for (op>>4)
//	  15    key from the first 16 entries of quickKeys (op>>4), no operand
func decodeSession(sets []fuzzDataset, in []byte) (sessionStart, []step) {
	i := 0
	next := func() int {
		if i >= len(in) {
			i++
			return 0
		}
		b := in[i]
		i++
		return int(b)
	}
	b0 := next()
	start := sessionStart{set: (b0 & 7) % len(sets), background: b0&(1<<5) != 0}
	ds := sets[start.set].ds
	switch (b0 >> 3) & 3 {
	case 1: // start on an event, as --event does
		if len(ds.Events) > 0 {
			start.opts.EventID = ds.Events[len(ds.Events)/2].ID
		}
	case 2: // start filtered, as --actor … --all --search do
		for _, a := range ds.Actors[:min(2, len(ds.Actors))] {
			start.opts.Filter.Actors = append(start.opts.Filter.Actors, a.ID)
		}
		start.opts.Filter.Mode = model.MatchAll
		start.opts.Filter.Search = "e"
	case 3: // a search that matches nothing
		start.opts.Filter.Search = "zzzz-no-such-text"
	}
	var steps []step
	for i < len(in) && len(steps) < maxSteps {
		op := next()
		switch op % 16 {
		case 0, 1, 2, 3, 4, 5, 6, 7:
			k := keyTable[next()%len(keyTable)]
			steps = append(steps, step{k, "key " + k.String()})
		case 8:
			k := keyTable[next()%len(keyTable)]
			k.Alt = true
			steps = append(steps, step{k, "key " + k.String()})
		case 9, 10:
			n := next()%6 + 1
			rs := make([]rune, n)
			for j := range rs {
				rs[j] = runeTable[next()%len(runeTable)]
			}
			k := tea.KeyMsg{Type: tea.KeyRunes, Runes: rs, Paste: op%16 == 10}
			steps = append(steps, step{k, fmt.Sprintf("runes %q paste=%v", string(rs), k.Paste)})
		case 11:
			w := (next() | next()<<8) % 301
			h := next() % 101
			steps = append(steps, step{tea.WindowSizeMsg{Width: w, Height: h}, fmt.Sprintf("size %d×%d", w, h)})
		case 12:
			s := notableSizes[(op>>4)%len(notableSizes)]
			steps = append(steps, step{tea.WindowSizeMsg{Width: s[0], Height: s[1]}, fmt.Sprintf("size %d×%d", s[0], s[1])})
		case 13:
			m := tea.MouseMsg{
				Button: mouseButtons[next()%len(mouseButtons)],
				Action: mouseActions[next()%len(mouseActions)],
				X:      next() % 300, Y: next() % 100,
			}
			steps = append(steps, step{m, fmt.Sprintf("mouse %s at %d,%d", tea.MouseEvent(m).String(), m.X, m.Y)})
		case 14:
			msg := otherMsgs[(op>>4)%len(otherMsgs)]
			steps = append(steps, step{msg, fmt.Sprintf("msg %#v", msg)})
		case 15:
			k := quickKeys[(op>>4)%len(quickKeys)]
			steps = append(steps, step{k, "key " + k.String()})
		}
	}
	return start, steps
}

// quickKeys are the keys a session uses most, one byte each.
var quickKeys = []tea.KeyMsg{
	keyMsg("j"), keyMsg("k"), keyMsg("enter"), keyMsg("esc"), keyMsg("tab"), keyMsg("/"), keyMsg("a"), keyMsg("?"),
	keyMsg("space"), keyMsg("G"), keyMsg("n"), keyMsg("backspace"), keyMsg("x"), keyMsg("pgdown"), keyMsg("q"), keyMsg("ctrl+a"),
}

// maxSteps bounds a session, so one input cannot take the fuzzer's time:
// a step costs up to 3 ms at 300×100, more with coverage on; the fuzzer
// runs an input again and again to minimize it, and its worker takes an
// input that runs over 10 s for a deadlock. The slowest input of a
// 10,000-run took 0.8 s. No seed has 100 steps.
const maxSteps = 200

// maxCmdMsgs bounds the messages commands may feed back in one step.
const maxCmdMsgs = 64

// runSession replays a session, checking after every step. trace, when not
// nil, receives each step's description (for regression tests).
func runSession(t *testing.T, sets []fuzzDataset, in []byte, trace func(string)) {
	t.Helper()
	start, steps := decodeSession(sets, in)
	set := sets[start.set]
	start.opts.Notes = sessionNotes(t)
	m, name := New(set.ds, start.opts), set.name
	if start.background {
		m.ctx.backgroundFrom, m.ctx.indexFrom, m.ctx.queryWait = 0, 0, 0
		name += " (background queries)"
	}
	replay(t, m, name, start.opts, steps, trace)
}

// replay runs the steps on m, checking after each against the dataset
// the explorer shows.
func replay(t *testing.T, m Model, name string, opts Options, steps []step, trace func(string)) {
	t.Helper()
	var log []string
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("%s\nsession on %s, options %+v, steps:\n  %s", fmt.Sprintf(format, args...), name, opts, strings.Join(log, "\n  "))
	}
	checkSession(m, m.ctx.ds, fail)
	for _, s := range steps {
		log = append(log, s.desc)
		if trace != nil {
			trace(s.desc)
		}
		next, cmd := m.Update(s.msg)
		m = next.(Model)
		quit := false
		m, quit = runCmds(m, cmd, fail)
		checkSession(m, m.ctx.ds, fail)
		if quit {
			if !m.quit {
				fail("a quit command came back but the model does not know it quit")
			}
			return // the program would end here
		}
		if m.quit {
			fail("the model quit without returning tea.Quit")
		}
	}
}

// runCmds executes what Update returned, as Bubble Tea would, feeding the
// messages back through Update. A command that does not answer within a
// moment (a timer) is left alone: the program would run it concurrently.
// It reports whether a command asked to quit.
func runCmds(m Model, cmd tea.Cmd, fail func(string, ...any)) (Model, bool) {
	queue := []tea.Cmd{cmd}
	fed := 0
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		if reflect.ValueOf(c).Pointer() == reflect.ValueOf(tea.Quit).Pointer() {
			return m, true
		}
		msg, ok := callCmd(c)
		if !ok {
			continue
		}
		switch msg := msg.(type) {
		case tea.QuitMsg:
			return m, true
		case tea.BatchMsg:
			queue = append(queue, msg...)
			continue
		}
		if fed++; fed > maxCmdMsgs {
			fail("commands keep producing messages (%d in one step)", fed)
		}
		next, c2 := m.Update(msg)
		m = next.(Model)
		queue = append(queue, c2)
	}
	return m, false
}

// callCmd runs a command with a short deadline.
func callCmd(c tea.Cmd) (tea.Msg, bool) {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg, true
	case <-time.After(100 * time.Millisecond):
		return nil, false
	}
}

// checkSession is what must hold after every step of any session.
func checkSession(m Model, ds *model.Dataset, fail func(string, ...any)) {
	// The frame fits the window and carries nothing a terminal would act on.
	// It is drawn once, for View's output and the checks that read the
	// screen: drawing is most of a step's cost, which bounds the fuzzer's.
	frame := m.frame()
	v := written(frame, m.w, m.h)
	if !m.sized || m.quit || m.w == 0 || m.h == 0 {
		if v != "" {
			fail("frame before a size, after quit or at zero size: %q", v)
		}
	} else {
		if err := frameFits(frame, m.w, m.h); err != nil {
			fail("%v", err)
		}
		if err := focusShown(m, frame); err != nil && !m.load.waiting() && !m.load.failed() {
			fail("%v", err)
		}
	}
	if err := terminalInert(v); err != nil {
		fail("%v", err)
	}
	if m.quit {
		// The program has ended: what was still on its way (a query on a
		// goroutine, a save) is never shown, and nothing else is drawn.
		return
	}
	if m.load.waiting() || m.load.failed() {
		if err := loadScreenShown(m, frame); err != nil {
			fail("%v", err)
		}
		return // no pane is drawn
	}
	if err := notesInStep(m); err != nil {
		fail("%v", err)
	}

	// The list shown is the dataset under the filter applied, and the
	// selection lies inside it and inside the window of rows drawn.
	if want := ds.Query(m.filter); !slices.Equal(want, m.result.Events()) {
		fail("timeline lists %d events, the filter %+v selects %d", m.result.Len(), m.filter, len(want))
	}
	if !slices.Equal(m.timeline.list.Events(), m.result.Events()) {
		fail("the timeline pane lists other events than the model")
	}
	n := m.result.Len()
	switch c := m.timeline.cursor; {
	case n == 0 && c != 0:
		fail("empty timeline, cursor %d", c)
	case n > 0 && (c < 0 || c >= n):
		fail("cursor %d outside the %d listed events", c, n)
	case n > 0 && m.timeline.sc.height > 0:
		if from, to := m.timeline.sc.window(); m.timeline.runs.rowOf(c) < from || m.timeline.runs.rowOf(c) >= to {
			fail("cursor %d (row %d) outside the rows drawn [%d,%d)", c, m.timeline.runs.rowOf(c), from, to)
		}
	}
	// The actor filter, when drawn, counts the result shown (its counts
	// are worked out only then: see resultFor).
	if m.actorsShown() && !m.query.running && !m.query.waiting {
		want := ds.FacetCounts(m.filter, m.result.Events())
		for _, a := range ds.Actors {
			if got := m.actors.counts[a.ID]; got != want[a.ID] {
				fail("the actor filter counts %d events of %s, the result %d", got, a.ID, want[a.ID])
			}
		}
	}
	if err := timelineHeadsPhases(m, ds); err != nil {
		fail("%v", err)
	}
	if m.outside {
		if m.current == nil || slices.Contains(m.result.Events(), m.current) {
			fail("detail marked as outside the timeline but its event is listed")
		}
	} else if m.current != m.timeline.selected() {
		fail("detail shows %v, timeline selects %v", eventID(m.current), eventID(m.timeline.selected()))
	}
	if err := viewsShowTheirSelection(m, frame); err != nil {
		fail("%v", err)
	}
	if a := m.actors; len(a.visible) == 0 && a.cursor != 0 || len(a.visible) > 0 && (a.cursor < 0 || a.cursor >= len(a.visible)) {
		fail("actor cursor %d outside the %d actors listed", a.cursor, len(a.visible))
	}
	for name, sc := range map[string]scroller{
		"timeline": m.timeline.sc, "detail": m.detail.sc, "actors": m.actors.sc, "reader": m.reader.sc, "help": m.help.sc,
	} {
		if sc.off < 0 || sc.off > max(sc.total-sc.height, 0) {
			fail("%s scrolled to %d of %d lines in a window of %d", name, sc.off, sc.total, sc.height)
		}
	}

	// The filter and search shown are the ones applied.
	if got := termsafe.Search(m.search.value()); got != m.filter.Search {
		fail("search box holds %q, the filter applies %q", got, m.filter.Search)
	}
	wide := m
	wide.w = 400 + 4*len(m.search.value()) // the status line uncut (sessions choose few actors)
	for _, id := range m.filter.Actors {
		wide.w += 4 * len(m.ctx.actorName(id))
	}
	wide.search.setSize(wide.w, 1)
	status := ansi.Strip(wide.statusLine())
	if !m.layout.has(paneSearch) {
		want := fmt.Sprintf("%d of %d events", n, len(ds.Events))
		if len(ds.Events) == 1 {
			want = fmt.Sprintf("%d of 1 event", n)
		}
		if !strings.Contains(status, want) {
			fail("status line %q lacks %q", status, want)
		}
		quoted := "Search “" + m.filter.Search + "”"
		if m.filter.Search != "" && !strings.Contains(status, quoted) {
			fail("status line %q lacks %q", status, quoted)
		}
		if m.filter.Search == "" && strings.Contains(status, "Search “") {
			fail("status line %q shows a search, none is applied", status)
		}
		for _, id := range m.filter.Actors {
			if name := m.ctx.actorName(id); !strings.Contains(status, name) {
				fail("status line %q lacks chosen actor %q", status, name)
			}
		}
		if len(m.filter.Actors) == 0 && !strings.Contains(status, "All actors") {
			fail("status line %q should say All actors", status)
		}
		if m.load.loading() && !strings.Contains(status, "loading") {
			fail("status line %q does not say the dataset is still loading", status)
		}
	} else if r := []rune(m.search.value()); len(r) > 0 {
		// The line is wide enough for the whole text, cursor glyph at its place.
		pos := min(m.search.input.Position(), len(r))
		if shown := string(r[:pos]) + "▏" + string(r[pos:]); !strings.Contains(status, shown) {
			fail("search prompt %q lacks the text typed with its cursor, %q", status, shown)
		}
	}
}

func eventID(e *model.Event) string {
	if e == nil {
		return "<none>"
	}
	return e.ID
}

// frameFits reports a frame taller or wider than w×h.
func frameFits(lines []string, w, h int) error {
	if len(lines) > h {
		return fmt.Errorf("frame has %d lines for a %d×%d window", len(lines), w, h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			return fmt.Errorf("line %d is %d wide in a %d×%d window: %q", i, lw, w, h, l)
		}
	}
	return nil
}

// terminalInert reports a byte or rune in a frame that a terminal would
// act on rather than show: with the ASCII colour profile the tests render
// with, a frame holds no escape sequence at all, no C0 control but the
// newline, no DEL, no C1 control, no bidirectional control and no
// invalid UTF-8.
func terminalInert(v string) error {
	for i, r := range v {
		switch {
		case r == '\n':
		case r == utf8.RuneError && !strings.HasPrefix(v[i:], "\uFFFD"):
			return fmt.Errorf("invalid UTF-8 at byte %d of the frame: %q", i, around(v, i))
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
			return fmt.Errorf("control %U at byte %d of the frame: %q", r, i, around(v, i))
		case r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			return fmt.Errorf("bidirectional control %U at byte %d of the frame: %q", r, i, around(v, i))
		}
	}
	return nil
}

func around(v string, i int) string {
	return v[max(i-40, 0):min(i+40, len(v))]
}

// paneTitles are the first words of every pane's title rule.
var paneTitles = []string{"Timeline", "Event", "Actors", "Source", "Help", "Time", "Pattern", "Note"}

// focusShown reports a frame (m's) where the pane with the keys is not
// on screen, or not drawn as the focused one: read from the screen, the
// title rule of exactly that pane is heavy (━━), or, for the search, the
// status line is its prompt and no pane is heavy.
func focusShown(m Model, frame []string) error {
	if m.w < minWidth || m.h < minHeight {
		return nil // the too-small screen: no pane is drawn
	}
	rule, status := ansi.Strip(frame[1]), ansi.Strip(frame[len(frame)-2])
	var heavy []string
	for _, t := range paneTitles {
		if strings.Contains(rule, "━━ "+t+" ") { // the whole word: "Time" is not "Timeline"
			heavy = append(heavy, t)
		}
	}
	focus := m.layout.focus()
	if focus == paneSearch {
		if !strings.HasPrefix(status, "/ ") || len(heavy) > 0 {
			return fmt.Errorf("the search has the keys: status line %q, heavy rules %v", status, heavy)
		}
		return nil
	}
	title, _ := m.pane(focus).heading(&m.shared)
	want := strings.Fields(title)[0]
	if len(heavy) != 1 || heavy[0] != want {
		return fmt.Errorf("%s has the keys, the screen draws %v focused: %q", want, heavy, rule)
	}
	return nil
}

// timelineHeadsPhases checks the timeline's phase headings against the
// model's own account of phases (Dataset.PhasesOf): a heading before each
// run of listed events in the same phases, none elsewhere, and the ▶ on
// the selected event's row, never on a heading.
func timelineHeadsPhases(m Model, ds *model.Dataset) error {
	t := m.timeline
	var want []int
	var prev []*model.Phase
	for i, e := range t.list.Events() {
		ps := ds.PhasesOf(e)
		if len(ps) > 0 && !slices.Equal(ps, prev) {
			want = append(want, i)
		}
		prev = ps
	}
	if !slices.Equal(t.runs.heads, want) {
		return fmt.Errorf("timeline heads runs at %v, the phases start runs at %v", t.runs.heads, want)
	}
	if t.list.Len() == 0 || t.w < 2 {
		return nil
	}
	sel := t.runs.rowOf(t.cursor) - t.sc.off
	for k, l := range t.view(&m.shared) {
		l = ansi.Strip(l)
		_, heading := t.runs.at(t.sc.off + k)
		switch {
		case heading && !strings.HasPrefix(l, "┌"):
			return fmt.Errorf("timeline row %d is a heading drawn as %q", t.sc.off+k, l)
		case !heading && strings.HasPrefix(l, "┌"):
			return fmt.Errorf("timeline row %d is an event drawn as a heading: %q", t.sc.off+k, l)
		case (k == sel) != strings.HasPrefix(l, "▶"):
			return fmt.Errorf("timeline row %d is %q; the selection is on row %d", t.sc.off+k, l, sel+t.sc.off)
		}
	}
	return nil
}

// withPhases is ds with phases that overlap: a long one, a short one
// inside it (its events are in both), and one of every seventh event,
// undated ones too, so runs break and start again.
func withPhases(ds *model.Dataset) *model.Dataset {
	ids := func(from, to, step int) []string {
		var out []string
		for i := from; i < min(to, len(ds.Events)); i += step {
			out = append(out, ds.Events[i].ID)
		}
		return out
	}
	span := func(p *model.Phase) *model.Phase {
		first, _ := ds.Event(p.EventIDs[0]).Date.Span()
		_, last := ds.Event(p.EventIDs[len(p.EventIDs)-1]).Date.Span()
		p.Start, p.End = first, last
		if last.Before(first) { // the last listed ends before the first: undated, say
			p.End = first
		}
		return p
	}
	phases := []*model.Phase{
		span(&model.Phase{ID: "long", Title: "A long phase", EventIDs: ids(10, 80, 1)}),
		span(&model.Phase{ID: "inner", Title: "An inner phase", EventIDs: ids(40, 46, 1)}),
		span(&model.Phase{ID: "sparse", Title: "Every seventh", EventIDs: ids(0, len(ds.Events), 7)}),
	}
	out := model.NewDataset(ds.Sources, ds.Actors, ds.Events, phases...)
	out.Sides = ds.Sides
	return out
}

// viewsShowTheirSelection checks the time axis and the pattern view: the
// axis, when it lists the events, selects the event the detail shows (the
// detail follows it), and where either is drawn its selection is on
// screen: ▲ under the axis's event and on its event line, ▶ at the
// pattern's step. frame is m's.
func viewsShowTheirSelection(m Model, lines []string) error {
	if m.layout.list == paneAxis && !m.outside && m.axis.selected() != m.current {
		return fmt.Errorf("the detail shows %v, the axis selects %v", eventID(m.current), eventID(m.axis.selected()))
	}
	if m.quit || !m.sized || m.w < minWidth || m.h < minHeight {
		return nil // nothing drawn, or the too-small screen
	}
	frame := strings.Join(lines, "\n")
	drawn := m.layout.body(m.wide())
	if slices.Contains(drawn, paneAxis) && m.axis.selected() != nil && m.axis.ax.View() != "" {
		w := m.w
		if m.wide() {
			w = m.leftWidth()
		}
		if w >= axis.MinWidth && m.h-chromeLines-1 >= axis.MinHeight && strings.Count(frame, "▲") < 2 {
			return fmt.Errorf("the axis selects %s but does not point at it", m.axis.selected().ID)
		}
	}
	if slices.Contains(drawn, panePattern) && m.pattern.selected() != nil &&
		m.w >= pattern.MinWidth && m.h-chromeLines-1 >= pattern.MinHeight && !strings.Contains(frame, "▶ ") {
		return fmt.Errorf("the pattern view selects %s but shows no ▶", m.pattern.selected().ID)
	}
	return nil
}
