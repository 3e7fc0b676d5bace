package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// global is a key the root handles before the pane with the focus.
type global struct {
	binding key.Binding
	do      func(m *Model) tea.Cmd
}

// globals are the root's keys in the current state, in short-help order.
// Routing (key) and the short help (shortHelp) both read this one list.
func (m *Model) globals() []global {
	k := m.ctx.keys
	quit := func(m *Model) tea.Cmd { m.quit = true; return tea.Quit }
	help := global{k.Help, func(m *Model) tea.Cmd { m.help.open(); m.layout.push(paneHelp); return nil }}
	// ctrl+z works everywhere and is named in the full help only.
	suspend := global{withHiddenHelp(k.Suspend), (*Model).suspend}
	focus := m.layout.focus()
	switch {
	case focus == paneHelp: // the help pane closes itself on ? and esc
		return []global{{k.Quit, quit}, {withHiddenHelp(k.ForceQuit), quit}, suspend}
	case focus == paneNote: // every printable key is text, ? too; esc saves first
		return []global{{k.ForceQuit, quit}, suspend}
	case m.pane(focus).takesText(): // letters are text, ? too once some are typed
		gs := []global{{k.ForceQuit, quit}, suspend}
		if !m.hasTypedText(focus) {
			gs = append([]global{help}, gs...)
		}
		if focus == paneActors {
			gs = append([]global{{k.Focus, (*Model).swapPanes}}, gs...)
		}
		return gs
	}
	// y and Y are named in each pane's section of the help screen, not in
	// the short help: it has room for moving, the views, help and quit.
	gs := []global{
		{withHiddenHelp(k.Copy), (*Model).copySelected},
		{withHiddenHelp(k.CopyTimeline), (*Model).copyTimeline},
		{k.Search, (*Model).openSearch},
		{k.Actors, func(m *Model) tea.Cmd { m.layout.browse(paneActors); return nil }},
		{k.TimeAxis, (*Model).toggleAxis},
		{k.Pattern, (*Model).togglePattern},
	}
	if focus == paneReader {
		gs = append(gs, global{withHiddenHelp(k.CopyExcerptJSON), (*Model).copyExcerptJSON})
	}
	gs = append(gs, m.markKeys(focus)...)
	if focus != paneReader {
		if len(m.history) > 0 {
			gs = append(gs, global{k.History, func(m *Model) tea.Cmd { m.back(); return nil }})
		}
		gs = append(gs, global{k.Focus, (*Model).swapPanes})
		if m.filter.Active() {
			gs = append(gs, global{withDesc(k.ClearAll, "clear filter"), func(m *Model) tea.Cmd { m.clearAll(); return nil }})
		}
	}
	return append(gs, help, global{k.Quit, quit}, global{withHiddenHelp(k.ForceQuit), quit}, suspend)
}

// helpUntilTyped is what ? does in a text input, as the help screen says.
const helpUntilTyped = "help if nothing typed"

// hasTypedText is whether the search prompt or the actor filter holds
// text: from then on ? is a letter of it (a dataset may quote questions), and
// the key bar stops offering it as help.
func (m *Model) hasTypedText(p paneID) bool {
	switch p {
	case paneSearch:
		return m.search.value() != ""
	case paneActors:
		return m.actors.query != ""
	}
	return false
}

func (m *Model) swapPanes() tea.Cmd {
	m.layout.swap()
	return nil
}

// openSearch puts the search prompt over the list, the pane it narrows.
func (m *Model) openSearch() tea.Cmd {
	m.layout.browse(m.layout.list)
	m.layout.push(paneSearch)
	return m.search.open(m.filter.Search)
}

// withHiddenHelp is b left out of the short help: ctrl+c is named only
// where q does not quit.
func withHiddenHelp(b key.Binding) key.Binding {
	b.SetHelp("", b.Help().Desc)
	return b
}

// helpGroups are the help screen's sections: the movement keys most panes
// share, each pane's own keys (the first group of its FullHelp), then the
// global keys.
func (m *Model) helpGroups() []helpGroup {
	k := m.ctx.keys
	groups := []helpGroup{{"Move", k.Nav.bindings()}}
	sections := []struct {
		title string
		p     paneID
	}{
		{"Timeline", paneTimeline}, {"Event", paneDetail}, {"Source reader", paneReader},
		{"Actor filter", paneActors}, {"Search", paneSearch}, {"Time axis", paneAxis}, {"Pattern", panePattern}, {"Note editor", paneNote},
	}
	for _, s := range sections {
		groups = append(groups, helpGroup{s.title, m.pane(s.p).FullHelp()[0]})
	}
	groups = append(groups, helpGroup{"Marks and notes", []key.Binding{withDesc(k.Mark, "mark or unmark"),
		withDesc(k.MarkedOnly, "marked only, or all"), withDesc(k.Note, "note (reader: on the passage)")}})
	return append(groups, helpGroup{"Anywhere", []key.Binding{k.Search, k.Actors, k.TimeAxis, k.Pattern, k.Focus, k.History, k.ClearAll,
		k.Help, k.Quit, k.ForceQuit, k.Suspend}})
}

// markKeys are m, c and M where they apply: on the event being shown, from
// the timeline, the time axis, the detail and the reader. The axis keeps c
// for its own (collapse gaps): notes are written from the other panes. The
// pattern view shows other events than the current one: none there. The
// short help names them only in the reader, where passage notes are
// written; elsewhere it has no room left for q (the full help has them).
func (m *Model) markKeys(focus paneID) []global {
	k := m.ctx.keys
	mark, note := global{k.Mark, (*Model).toggleMark}, global{k.Note, (*Model).openNote}
	only := global{withHiddenHelp(k.MarkedOnly), (*Model).toggleMarkedOnly}
	if focus != paneReader {
		mark.binding, note.binding = withHiddenHelp(k.Mark), withHiddenHelp(k.Note)
	}
	switch focus {
	case panePattern:
		return nil
	case paneAxis:
		return []global{mark, only}
	case paneReader: // c first: notes on passages are written here
		return []global{note, mark, only}
	}
	return []global{mark, note, only}
}

// suspend is ctrl+z: back to the shell, or, with none to go back to,
// a notice saying so rather than a blank screen that waits for ever.
func (m *Model) suspend() tea.Cmd {
	if m.noJobs {
		m.notice = "ctrl+z: no shell to return to; q quits"
		return nil
	}
	return tea.Suspend
}
