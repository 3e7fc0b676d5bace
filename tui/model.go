package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/termsafe"
)

const (
	minWidth, minHeight = 40, 10 // below this a message replaces the layout
	wideWidth           = 100    // from here timeline and detail sit side by side
	chromeLines         = 3      // header, status line, short help
	paneGap             = "│ "   // between side-by-side panes
)

// focus is the pane keys go to. On a narrow terminal it is also the pane
// shown full screen.
type focus int

const (
	focusTimeline focus = iota
	focusDetail
	focusFilter
)

// Model is the root of the explorer (a tea.Model). It is a value with no
// I/O: tests drive it with Update and read View.
type Model struct {
	ctx    *context
	w, h   int
	sized  bool
	filter model.Filter
	events []*model.Event // the dataset under filter, queried on change only

	timeline timeline
	detail   detail
	actors   actorFilter
	reader   reader
	search   textinput.Model
	help     help.Model
	helpView []string
	helpSc   scroller

	focus      focus
	filterOpen bool
	reading    bool
	searching  bool
	showHelp   bool

	current *model.Event // the event the detail shows
	outside bool         // current is not in the filtered timeline
	history []visit      // where related links were followed from
	quit    bool
}

// New builds the explorer on a dataset. It does no I/O.
func New(ds *model.Dataset, opts Options) Model {
	ctx := newContext(ds, opts.monochrome)
	m := Model{ctx: ctx, filter: opts.Filter}
	m.timeline = timeline{ctx: ctx}
	m.detail = detail{ctx: ctx}
	m.reader = reader{ctx: ctx}
	m.actors = newActorFilter(ctx, opts.Filter)
	m.filter.Actors = append([]string(nil), m.actors.chosen...)
	m.filter.Search = termsafe.Search(opts.Filter.Search)

	m.search = textinput.New()
	m.search.KeyMap = ctx.keys.Edit
	m.search.Prompt = "/ "
	m.search.Placeholder = "search titles, summaries, quotes, excerpts"
	m.search.PromptStyle = ctx.st.ruleFocused
	m.search.PlaceholderStyle = ctx.st.dim
	m.search.Cursor.SetMode(cursor.CursorStatic)
	m.search.SetValue(m.filter.Search)

	m.help = help.New()
	m.help.Styles = ctx.st.help

	m.requery()
	if e := ds.Event(opts.EventID); e != nil {
		m.show(e)
		m.setFocus(focusDetail)
	}
	return m
}

// Init starts nothing: the explorer waits for the window size.
func (m Model) Init() tea.Cmd { return nil }

// requery runs the filter, keeping the selection near the current event.
func (m *Model) requery() {
	m.events = m.ctx.ds.Query(m.filter)
	m.timeline.setEvents(m.events, m.current)
	m.actors.setCounts(m.ctx.ds.ActorCounts(m.events))
	m.followTimeline()
}

// followTimeline shows the timeline's selection in the detail.
func (m *Model) followTimeline() {
	m.current, m.outside = m.timeline.selected(), false
	m.detail.setEvent(m.current, false)
}

// show puts e in the detail, selecting it in the timeline when listed. An
// event the filter hides is shown with the keys on the detail: with them
// on the timeline it would sit behind another ▶ row (see setFocus).
func (m *Model) show(e *model.Event) {
	listed := m.timeline.selectEvent(e)
	m.current, m.outside = e, !listed
	m.detail.setEvent(e, !listed)
	if !listed && m.focus == focusTimeline {
		m.setFocus(focusDetail)
	}
}

// setFocus moves the keys to a pane. Back on the timeline, the detail
// follows the selection again, so an event reached through a link or
// --event but hidden by the filter never stays behind the ▶ row. With no
// row at all it stays, and clearing the filter later finds it.
func (m *Model) setFocus(f focus) {
	m.focus = f
	m.detail.setFocus(f == focusDetail)
	if f == focusTimeline && m.outside && m.timeline.selected() != nil {
		m.followTimeline()
	}
}

func (m Model) wide() bool { return m.w >= wideWidth }

// Update routes a message: size first, then keys that mean the same
// everywhere, then the focused pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.MouseMsg:
		m.mouse(msg)
		return m, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.ctx.keys
	typing := m.searching || m.focus == focusFilter && m.filterOpen && !m.reading
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !typing {
		// Bubble Tea v1 delivers runes that arrive together (fast typing,
		// key repeat) as one message: take them one key at a time.
		return m.keys(msg.Runes)
	}
	if key.Matches(msg, k.ForceQuit) {
		m.quit = true
		return m, tea.Quit
	}
	switch {
	case m.searching:
		return m.searchKey(msg)
	case m.showHelp:
		return m.helpKey(msg)
	case m.focus == focusFilter && m.filterOpen && !m.reading:
		m.filterKey(msg)
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		m.quit = true
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.openHelp()
		return m, nil
	case key.Matches(msg, k.Search):
		m.reading = false
		m.setFocus(focusTimeline)
		m.searching = true
		m.search.SetValue(m.filter.Search)
		m.search.CursorEnd()
		return m, m.search.Focus()
	case key.Matches(msg, k.Actors):
		m.reading, m.filterOpen = false, true
		m.setFocus(focusFilter)
		return m, nil
	case key.Matches(msg, k.ClearAll) && !m.reading:
		m.clearAll()
		return m, nil
	}
	if m.reading {
		if key.Matches(msg, k.Back) {
			m.closeReader()
		} else {
			m.reader.update(msg)
		}
		return m, nil
	}
	if key.Matches(msg, k.Focus) {
		m.cycleFocus()
		return m, nil
	}
	if key.Matches(msg, k.History) {
		m.back()
		return m, nil
	}
	switch m.focus {
	case focusTimeline:
		switch {
		case key.Matches(msg, k.Open):
			if m.current != nil {
				m.setFocus(focusDetail)
			}
		case key.Matches(msg, k.Back):
			if m.filter.Search != "" {
				m.setSearch("")
			}
		default:
			if m.timeline.update(msg) {
				m.followTimeline()
			}
		}
	case focusDetail:
		switch {
		case key.Matches(msg, k.Open):
			m.openItem()
		case key.Matches(msg, k.Back):
			m.setFocus(focusTimeline)
		default:
			m.detail.update(msg)
		}
	}
	return m, nil
}

// keys handles each rune as its own key press.
func (m Model) keys(runes []rune) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var next tea.Model = m
	for _, r := range runes {
		var cmd tea.Cmd
		next, cmd = next.(Model).key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		cmds = append(cmds, cmd)
		if next.(Model).quit {
			break
		}
	}
	return next, tea.Batch(cmds...)
}

// searchKey edits the query; the timeline narrows as it changes.
func (m Model) searchKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.ctx.keys
	switch {
	case key.Matches(msg, k.Apply):
		m.searching = false
		m.search.Blur()
		return m, nil
	case key.Matches(msg, k.Cancel):
		m.searching = false
		m.search.Blur()
		m.setSearch("")
		return m, nil
	}
	if msg.Type == tea.KeyRunes {
		// A paste can hold what the terminal must not see: drop whole
		// escape sequences before the box drops only their ESC.
		msg.Runes = []rune(typed(string(msg.Runes)))
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if v := m.search.Value(); typed(v) != v {
		m.search.SetValue(typed(v))
	}
	if q := termsafe.Search(m.search.Value()); q != m.filter.Search {
		m.filter.Search = q
		m.requery()
	}
	return m, cmd
}

func (m *Model) setSearch(q string) {
	m.search.SetValue(q)
	if q != m.filter.Search {
		m.filter.Search = q
		m.requery()
	}
}

func (m Model) helpKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.ctx.keys
	switch {
	case key.Matches(msg, k.Quit):
		m.quit = true
		return m, tea.Quit
	case key.Matches(msg, k.Help), key.Matches(msg, k.Back):
		m.showHelp = false
	default:
		m.helpSc.scrollKey(msg, k)
	}
	return m, nil
}

// filterKey: the filter takes text, so only non-letter keys leave it.
func (m *Model) filterKey(msg tea.KeyMsg) {
	k := m.ctx.keys
	switch {
	case key.Matches(msg, k.Back):
		if !m.actors.clearQuery() {
			m.closeFilter()
		}
	case key.Matches(msg, k.Done):
		m.closeFilter()
	case key.Matches(msg, k.Focus):
		m.cycleFocus()
	case key.Matches(msg, k.Help):
		m.openHelp()
	default:
		if m.actors.update(msg) {
			m.filter.Actors = append(m.filter.Actors[:0:0], m.actors.chosen...)
			m.filter.Mode = m.actors.mode
			m.requery()
		}
		m.filter.Mode = m.actors.mode
	}
}

// closeFilter puts the actor filter away with its typed text cleared, so
// it opens again on the whole list.
func (m *Model) closeFilter() {
	m.actors.clearQuery()
	m.filterOpen = false
	m.setFocus(focusTimeline)
}

func (m *Model) clearAll() {
	m.actors.chosen = nil
	m.filter.Actors = nil
	m.search.SetValue("")
	m.filter.Search = ""
	m.requery()
}

// cycleFocus steps through the panes on screen: timeline and detail, or
// timeline and the actor filter while it is open.
func (m *Model) cycleFocus() {
	other := focusDetail
	if m.filterOpen {
		other = focusFilter
	}
	if m.focus == focusTimeline {
		m.setFocus(other)
	} else {
		m.setFocus(focusTimeline)
	}
}

// openItem acts on the detail's selected item: read an excerpt in its
// source, or follow a related link (remembered for back).
func (m *Model) openItem() {
	it := m.detail.selectedItem()
	if it == nil || m.current == nil {
		return
	}
	if it.kind == itemRelated {
		m.history = append(m.history[:len(m.history):len(m.history)], visit{m.current, m.detail.item})
		m.show(it.related)
		return
	}
	m.reader.open(m.current, it.excerpt)
	m.reading = true
	m.detail.setFocus(false)
}

func (m *Model) closeReader() {
	m.reading = false
	m.setFocus(focusDetail)
	if x, ok := m.reader.current(); ok {
		m.detail.selectExcerpt(x)
	}
}

// visit is an event left by following a link, and the item (the link)
// that was selected there.
type visit struct {
	event *model.Event
	item  int
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

func (m *Model) openHelp() {
	m.showHelp = true
	m.helpSc.top()
}

// mouse scrolls what is under the pointer (on a wide terminal) or in focus.
func (m *Model) mouse(msg tea.MouseMsg) {
	switch {
	case m.showHelp:
		m.helpSc.by(wheel(msg))
	case m.reading:
		m.reader.update(msg)
	case m.wide() && msg.X < m.timeline.w || !m.wide() && m.focus == focusTimeline:
		if m.timeline.update(msg) {
			m.followTimeline()
		}
	case m.filterOpen && (m.wide() || m.focus == focusFilter):
		m.actors.update(msg)
	default:
		m.detail.update(msg)
	}
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
	paneH := max(m.h-chromeLines-1, 0) // each pane has a title rule
	left, right := m.w, m.w
	if m.wide() {
		left = m.w / 2
		right = m.w - left - width(paneGap)
	}
	m.timeline.setSize(left, paneH)
	m.detail.setSize(right, paneH)
	m.actors.setSize(right, paneH)
	m.reader.setSize(m.w, paneH)
	m.buildHelp(m.w)
	m.helpSc.setHeight(paneH)
	m.helpSc.setTotal(len(m.helpView))
}

// View draws the frame. It only lays out what the panes have prepared and
// ends with a cut to the window, whatever the panes returned.
func (m Model) View() string {
	if m.quit || !m.sized {
		return ""
	}
	if m.w < minWidth || m.h < minHeight {
		return clampFrame(strings.Join(m.tooSmall(), "\n"), m.w, m.h)
	}
	lines := make([]string, 0, m.h)
	lines = append(lines, m.header())
	lines = append(lines, m.body(m.h-chromeLines)...)
	lines = append(lines, m.statusLine(), m.shortHelp())
	return clampFrame(strings.Join(lines, "\n"), m.w, m.h)
}
