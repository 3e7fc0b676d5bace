package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/termsafe"
)

const (
	minWidth, minHeight = 40, 10   // below this a message replaces the layout
	wideWidth           = 100      // from here timeline and side pane sit side by side
	chromeLines         = 3        // header, status line, short help
	paneGap             = "│ "     // between side-by-side panes
	sideMin             = minWidth // the narrowest the pane beside the timeline gets
)

// Model is the root of the explorer (a tea.Model). It is a value with no
// I/O: tests drive it with Update and read View.
type Model struct {
	ctx   *context
	w, h  int
	sized bool
	shared
	layout layout

	timeline timeline
	detail   detail
	actors   actorFilter
	reader   reader
	search   searchBox
	help     helpPane
	axis     axisPane
	pattern  patternPane
	note     noteEditor

	current *model.Event // the event the detail shows
	outside bool         // current is not in the filtered timeline
	replies replyFilter  // terminal replies arriving as keys, dropped
	mouseOn bool         // started with --mouse
	// axisStale: the filter changed while the axis was not shown; it
	// places the events again when it is (that costs a pass over them).
	axisStale bool
	quit      bool

	mono   bool           // NO_COLOR on a terminal that draws attributes (Options.monochrome)
	noJobs bool           // ctrl+z has no shell to go back to (Options.noJobs)
	load   loadState      // the dataset arriving while the explorer is open
	fail   failList       // the problems of a load that failed, on the error screen
	raw    *model.Dataset // the dataset as its file has it, for excerpt JSON
	clip   clipboard      // where y, Y and e copy to

	retryArmed bool // a retry of a failed save is on its way
	notesRev   int  // counts notebook refreshes

	start tea.Cmd // what Init hands Bubble Tea (see queryCmds)
	// unbuilt, when not nil, is what New is to build this explorer from
	// on its first message (see buildOnFirstMessage): nothing else is set.
	unbuilt *newArgs
}

// New builds the explorer on a dataset. It does no I/O. With
// opts.Loading set, ds may be nil: the explorer starts empty, on the
// loading screen, and shows the datasets the load sends (see loaded).
func New(ds *model.Dataset, opts Options) Model {
	if ds == nil {
		ds = model.NewDataset(nil, nil, nil)
	}
	m := Model{layout: newLayout(), mouseOn: opts.Mouse, mono: opts.monochrome, noJobs: opts.noJobs, clip: clipboard{reason: "no terminal to copy to"}}
	if opts.clip != nil {
		m.clip = *opts.clip
	}
	m.load = newLoadState(opts)
	m.filter = model.Filter{Actors: knownActors(ds, opts.Filter.Actors), Mode: opts.Filter.Mode, Search: termsafe.Search(opts.Filter.Search)}
	m.filter.MarkedOnly = opts.Filter.MarkedOnly
	m.build(ds, opts.Raw, nil)
	m.startNotes(opts.Notes, opts.NotesMessage)

	m.refilter(false) // the first frame needs the events, and no key waits for them yet
	m.start = m.queryCmds()
	if e := ds.Event(opts.EventID); e != nil {
		m.show(e)
		m.layout.browse(paneDetail)
	}
	m.settle()
	return m
}

// build makes everything derived from a dataset afresh: the shared
// context (widths, phases, actor colours; ctx when made already) and
// every pane on it. The notebook and the filter are the model's own and
// stay.
func (m *Model) build(ds, raw *model.Dataset, ctx *context) {
	var notes Notebook
	if m.ctx != nil {
		notes = m.ctx.notes
	}
	if ctx == nil || ctx.ds != ds {
		ctx = newContext(ds, m.mono)
	}
	ctx.notes = notes
	m.ctx = ctx
	if m.raw = raw; m.raw == nil {
		m.raw = ds
	}
	m.timeline = timeline{ctx: ctx}
	m.detail = detail{ctx: ctx}
	m.reader = reader{ctx: ctx}
	m.actors = newActorFilter(ctx)
	m.search = newSearchBox(ctx, m.filter.Search)
	m.note = newNoteEditor(ctx)
	m.help = newHelpPane(ctx)
	m.axis = newAxisPane(ctx)
	m.pattern = newPatternPane(ctx)
	m.axisStale = true
	m.help.setGroups(m.helpGroups())
}

// Init reads the first update of a load (Options.Loading), and waits for
// the search index when a search given at start needs it; otherwise it
// starts nothing: the explorer waits for the window size.
func (m Model) Init() tea.Cmd { return tea.Batch(waitForLoad(m.load.ch, m.load.stop, m.mono), m.start) }

// pane is the component p names. Panes are fields of the model value, so
// this is asked afresh on every use, never kept.
func (m *Model) pane(p paneID) component {
	switch p {
	case paneDetail:
		return &m.detail
	case paneActors:
		return &m.actors
	case paneReader:
		return &m.reader
	case paneSearch:
		return &m.search
	case paneHelp:
		return &m.help
	case paneAxis:
		return &m.axis
	case panePattern:
		return &m.pattern
	case paneNote:
		return &m.note
	}
	return &m.timeline
}

func (m Model) wide() bool { return m.w >= wideWidth }

// Update routes a message: size first, then keys that mean the same
// everywhere (globals), then the pane with the focus.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.unbuilt != nil {
		return m.buildFor(msg)
	}
	var cmd tea.Cmd
	switch msg.(type) {
	case tea.KeyMsg, tea.MouseMsg:
		m.load.makeRoom()
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		m.prefetchAxis()
	case tea.MouseMsg:
		m.mouse(msg)
	case notesSavedMsg:
		cmd = m.notesSaved(msg)
	case retrySaveMsg:
		m.retryArmed = false
		cmd = save(m.ctx.notes, "")
	case tea.ResumeMsg: // back from ctrl+z: Bubble Tea redraws; the mouse is asked for again
		if m.mouseOn {
			cmd = tea.EnableMouseCellMotion
		}
	case copiedMsg:
		m.notice = msg.status()
	case loadMsg:
		cmd = m.loaded(msg)
	case queriedMsg:
		m.queried(msg)
	case placedMsg:
		m.placed(msg)
	case indexedMsg:
		m.indexBuilt(msg)
	case indexTickMsg: // the frame shows the progress; queryCmds ticks again while it waits
		m.query.ticking = false
	case tea.KeyMsg:
		if m.replies.drop(msg) {
			return m, nil
		}
		switch { // a screen with only a few keys
		case m.load.waiting():
			return m, m.screenKey(msg)
		case m.load.failed():
			return m, m.failKey(msg)
		}
		m.load.touched = true
		m.notice = ""
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.pane(m.layout.focus()).takesText() {
			// Bubble Tea v1 delivers runes that arrive together (fast typing,
			// key repeat) as one message: take them one key at a time.
			return m.keys(msg.Runes)
		}
		cmd = m.key(msg)
	}
	// A query may land in queryCmds (within queryWait), and its result
	// start the axis's placing: both before settle, and before m is
	// returned, as they change it.
	cmd = tea.Batch(cmd, m.queryCmds(), m.placeCmd())
	m.settle()
	return m, cmd
}

// keys handles each rune as its own key press.
func (m Model) keys(runes []rune) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var next tea.Model = m
	for _, r := range runes {
		var cmd tea.Cmd
		next, cmd = next.(Model).Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		cmds = append(cmds, cmd)
		if next.(Model).quit {
			break
		}
	}
	return next, tea.Batch(cmds...)
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	for _, g := range m.globals() {
		if key.Matches(msg, g.binding) {
			return g.do(m)
		}
	}
	p := m.layout.focus()
	return m.act(p, m.pane(p).update(msg, &m.shared))
}

// act carries out what pane p asked for.
func (m *Model) act(p paneID, in intent) tea.Cmd {
	if p == paneNote {
		return m.actNote(in)
	}
	switch in {
	case intentFilter:
		m.requery()
	case intentMoved:
		switch p {
		case paneTimeline:
			m.followTimeline()
		case paneAxis:
			m.followAxis()
		}
	case intentOpen:
		switch p {
		case paneTimeline, paneAxis:
			m.layout.browse(paneDetail)
		case paneDetail:
			m.openItem()
		case panePattern:
			m.openFromPattern()
		}
	case intentBack, intentDone:
		m.leave(p, in)
	}
	return nil
}

// leave backs out of pane p: esc or enter.
func (m *Model) leave(p paneID, in intent) {
	switch p {
	case paneTimeline: // esc clears a search the timeline is narrowed by
		if m.filter.Search != "" {
			m.setSearch("")
		}
	case paneDetail: // to the pattern view when the event came from it
		m.layout.back()
	case paneAxis:
		m.closeAxis()
	case panePattern:
		m.layout.pop()
	case paneActors:
		m.layout.closeSide()
	case paneReader:
		m.closeReader()
	case paneSearch:
		m.search.close()
		m.layout.pop()
		if in == intentBack {
			m.setSearch("")
		}
	case paneHelp:
		m.layout.pop()
	}
}

// settle brings what depends on the layout in line after every message:
// the detail marks its selected item only while it has the keys; back on
// the timeline (or the axis), the detail follows the selection again, so an event
// reached through a link or --event but hidden by the filter never stays
// behind the ▶ row (with no row at all it stays, and clearing the filter
// later finds it); the actor filter off screen forgets its typed text.
func (m *Model) settle() {
	f := m.layout.focus()
	m.searching = m.layout.has(paneSearch)
	m.detail.setFocus(f == paneDetail)
	switch {
	case f == paneTimeline && m.outside && m.timeline.selected() != nil:
		m.followTimeline()
	case f == paneAxis && m.outside && m.axis.selected() != nil:
		m.followAxis()
	}
	if m.layout.side != paneActors {
		m.actors.clearQuery()
	}
	m.countShown()
}

// followTimeline shows the timeline's selection in the detail, and on the
// axis when it is the list.
func (m *Model) followTimeline() {
	m.current, m.outside = m.timeline.selected(), false
	m.detail.setEvent(m.current, false, m.eventNotes(m.current))
	if m.layout.list == paneAxis {
		m.axis.selectEvent(m.current)
	}
}

// followAxis shows the axis's selection in the detail and selects it in
// the timeline, so the list has it selected when the axis closes.
func (m *Model) followAxis() {
	e := m.axis.selected()
	m.timeline.selectEvent(e)
	m.current, m.outside = e, false
	m.detail.setEvent(e, false, m.eventNotes(e))
}

// openAxis lists the events on the time axis, the current event selected.
func (m *Model) openAxis() tea.Cmd {
	m.layout.setList(paneAxis)
	m.resize(m.w, m.h) // sized first: the events are laid out once, at the axis's size
	m.refreshAxis()
	m.axis.selectEvent(m.current)
	return nil
}

// closeAxis lists the events in the timeline again, on the event the axis
// had selected (the timeline follows the axis; see followAxis).
func (m *Model) closeAxis() tea.Cmd {
	m.layout.setList(paneTimeline)
	m.resize(m.w, m.h)
	return nil
}

// toggleAxis is t: the axis in place of the timeline, or back.
func (m *Model) toggleAxis() tea.Cmd {
	if m.layout.list == paneAxis {
		return m.closeAxis()
	}
	return m.openAxis()
}

// togglePattern is p: the pattern view over the body, on the current
// event's step when it has one; or closed.
func (m *Model) togglePattern() tea.Cmd {
	if m.layout.focus() == panePattern {
		m.layout.pop()
		return nil
	}
	m.layout.push(panePattern)
	m.sizePattern()
	m.pattern.pv.Select(m.current)
	return nil
}

// sizePattern lays the pattern view out at the body's size while it is
// open. Closed, it is not laid out: that was half of a resize's work on
// the embedded dataset, the first frame's included, for a view most
// sessions never open.
func (m *Model) sizePattern() {
	if m.layout.has(panePattern) && m.sized && m.w >= minWidth && m.h >= minHeight {
		m.pattern.setSize(m.w, m.paneHeight())
	}
}

// openFromPattern shows the event chosen in the pattern view in the
// detail, with the keys: its excerpts open in the reader from there, and
// esc goes back to the pattern view as it was.
func (m *Model) openFromPattern() {
	e := m.pattern.selected()
	was := m.layout
	m.layout.pop()
	if e == nil {
		return
	}
	m.show(e)
	m.layout.openedFrom(was)
}

// show puts e in the detail, selecting it in the timeline when listed. An
// event the filter hides is shown with the keys on the detail: with them
// on the timeline it would sit behind another ▶ row (see settle).
func (m *Model) show(e *model.Event) {
	listed := m.timeline.selectEvent(e)
	m.current, m.outside = e, !listed
	m.detail.setEvent(e, !listed, m.eventNotes(e))
	if m.layout.list == paneAxis {
		m.axis.selectEvent(e)
	}
	if !listed && m.layout.focus() == m.layout.list {
		m.layout.browse(paneDetail)
	}
}

func (m *Model) setSearch(q string) {
	m.search.setValue(q)
	if q != m.filter.Search {
		m.filter.Search = q
		m.requery()
	}
}

func (m *Model) clearAll() {
	m.filter.Actors, m.filter.MarkedOnly = nil, false
	m.setSearch("")
	m.requery()
}

// openItem acts on the detail's selected item: read an excerpt in its
// source, or follow a related link (remembered for back).
func (m *Model) openItem() {
	it := m.detail.selectedItem()
	if it == nil || m.current == nil {
		return
	}
	if it.kind == itemNote {
		m.editNote(*it.note)
		return
	}
	if it.kind == itemRelated {
		m.history = append(m.history[:len(m.history):len(m.history)], visit{m.current, m.detail.item})
		m.show(it.related)
		return
	}
	m.reader.open(m.current, it.excerpt, m.filter.Search)
	m.reader.setNotes(m.eventNotes(m.current))
	m.layout.push(paneReader)
}

func (m *Model) closeReader() {
	m.layout.browse(paneDetail)
	if x, ok := m.reader.current(); ok {
		m.detail.selectExcerpt(x)
	}
}

// back returns to the event a related link was followed from.
func (m *Model) back() {
	if n := len(m.history); n > 0 {
		v := m.history[n-1]
		m.history = m.history[:n-1]
		m.show(v.event)
		m.detail.moveItem(v.item) // on the link that was followed
	}
}

// mouse goes to the pane under the pointer, or to the help or reader that
// fill the body, in the pane's own coordinates: (0, 0) is the first line
// under its title rule. A click also gives that pane the keys.
func (m *Model) mouse(msg tea.MouseMsg) {
	if !m.sized || m.w < minWidth || m.h < minHeight || m.load.waiting() {
		return
	}
	if m.load.failed() { // the wheel scrolls the problems
		m.failKey(msg)
		return
	}
	m.load.touched = true
	panes := m.layout.body(m.wide())
	p, left := panes[0], 0
	if len(panes) > 1 && msg.X >= m.leftWidth() {
		p, left = panes[1], m.leftWidth()+width(paneGap)
	}
	local := msg
	local.X, local.Y = msg.X-left, msg.Y-2 // under the header and the pane's title rule
	if isClick(msg) && (p == paneTimeline || p == paneDetail || p == paneActors) && m.layout.focus() != p {
		m.layout.browse(p)
	}
	m.act(p, m.pane(p).update(local, &m.shared))
}

// resize gives every pane its share of the window.
func (m *Model) resize(w, h int) {
	m.w, m.h, m.sized = max(w, 0), max(h, 0), true
	if m.w < minWidth || m.h < minHeight {
		// The too-small screen replaces the layout: the panes keep theirs.
		// Laying a long text out at a few columns costs seconds (a 1 MiB
		// quote wraps to a million lines at width 1) and a resize storm
		// passes through such sizes.
		return
	}
	m.fail.layout(m.load.err, m.load.fileName(), m.w)
	paneH := m.paneHeight()
	left, right := m.w, m.w
	if m.wide() {
		left = m.leftWidth()
		right = m.w - left - width(paneGap)
	}
	m.timeline.setSize(left, paneH)
	if m.layout.list == paneAxis { // hidden, it would lay its events out for nothing
		m.axis.setSize(m.axisSize())
	}
	m.sizePattern()
	m.detail.setSize(right, paneH)
	m.actors.setSize(right, paneH)
	m.reader.setSize(m.w, paneH)
	m.help.setSize(m.w, paneH)
	m.note.setSize(m.w, paneH)
	m.search.setSize(m.w, 1)
}

// leftWidth is the list's share of a wide window: for the timeline what
// its rows need, for the axis three fifths, as its time scale wants room.
func (m *Model) leftWidth() int {
	if m.layout.list == paneAxis {
		w, _ := m.axisSize()
		return w
	}
	// The timeline takes what its titles need, from half the width up to
	// three fifths, leaving the side pane at least sideMin.
	return max(min(m.timeline.rowWidth(), m.w*3/5, m.w-sideMin-width(paneGap)), m.w/2)
}

// axisSize is the time axis's size when shown: in a wide window three
// fifths of the width, as its time scale wants room.
func (m *Model) axisSize() (w, h int) {
	w = m.w
	if m.wide() {
		w = m.w * 3 / 5
	}
	return w, m.paneHeight()
}

// paneHeight is a pane's body: the window less the chrome and the pane's
// title rule.
func (m *Model) paneHeight() int { return max(m.h-chromeLines-1, 0) }

// View draws the frame, cut to the window as a last safety net: the
// tests check the frame before that cut (see frame).
func (m Model) View() string { return written(m.frame(), m.w, m.h) }

// written is a frame's lines as View writes them, cut to w×h.
func written(lines []string, w, h int) string {
	if lines == nil {
		return ""
	}
	return clampFrame(strings.Join(lines, "\n"), w, h)
}

// frame is every line of the screen, laid out to fit the window. It only
// lays out what the panes have prepared.
func (m *Model) frame() []string {
	if m.quit || !m.sized || m.w <= 0 || m.h <= 0 {
		return nil
	}
	if m.w < minWidth || m.h < minHeight {
		return m.tooSmall()
	}
	switch {
	case m.load.waiting():
		return m.loadScreen()
	case m.load.failed():
		return m.failScreen()
	}
	lines := make([]string, 0, m.h)
	lines = append(lines, m.header())
	lines = append(lines, m.body(m.h-chromeLines)...)
	return append(lines, m.statusLine(), m.shortHelp())
}
