package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/words"
	"parley/termsafe"
	"parley/tui/internal/ink"
)

// The error screen replaces the explorer when a load fails after part of
// the dataset was shown: the file, named once, the problems in a list the
// movement keys scroll, what q does and what becomes of the user's notes.

// failList is the error screen's problems, wrapped to the width: laid
// out when the load fails and on resize, never while drawing.
type failList struct {
	lines []string
	sc    scroller
}

// layout wraps err's lines to w, each under a hanging indent, without the
// file name the title already gives ("FILE: events[3]…" → "events[3]…").
func (f *failList) layout(err error, name string, w int) {
	f.lines = f.lines[:0]
	if err == nil || w <= 0 {
		return
	}
	text := strings.TrimRight(termsafe.Text(err.Error()), "\n")
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimPrefix(l, name+": ")
		f.lines = append(f.lines, wrapIndent("  ", "    ", l, w, ink.Plain)...)
	}
	f.sc.setTotal(len(f.lines))
}

// view is the lines in the window, exactly the window's height.
func (f *failList) view() []string {
	from, to := f.sc.window()
	return fitLines(f.lines[from:to], 0, f.sc.height)
}

// failKey answers the error screen's keys: the movement keys (and the
// wheel) scroll the problems, the rest are the loading screen's.
func (m *Model) failKey(msg tea.Msg) tea.Cmd {
	if mv, ok := navigate(msg, m.ctx.keys.Nav); ok {
		m.failParts() // the list's height as the screen shows it
		m.fail.sc.scroll(mv)
		return nil
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		return m.screenKey(k)
	}
	return nil
}

// failScreen is the whole frame of the error screen: exactly m.h lines,
// none wider than m.w.
func (m *Model) failScreen() []string {
	top, bottom := m.failParts()
	lines := append(top, m.fail.view()...)
	return append(lines, bottom...)
}

// failParts is what the error screen shows above and below the problems,
// the list's height set to the rest. When the window is short the blank
// lines and the sentences' second lines go first (the title keeps its
// two): the problems keep at least three lines while the window has them.
func (m *Model) failParts() (top, bottom []string) {
	st := m.ctx.st
	say := []string{m.load.fileName() + " cannot be opened: the load found problems.",
		"q quits: every problem is printed to stderr, and parley exits with status 1."}
	if fate := m.notesFate(); fate != "" {
		say = append(say, fate)
	}
	for _, tight := range []bool{false, true} {
		lines := func(s string) []string {
			if tight {
				return []string{truncate(s, m.w)}
			}
			return wrap(s, m.w)
		}
		top = []string{truncate(st.appName.Render("parley")+st.dim.Render(" · the load failed"), m.w)}
		if !tight {
			top = append(top, "")
		}
		title := wrap(say[0], m.w) // two lines at most: the second cut
		if len(title) > 2 {
			title = []string{title[0], truncate(strings.Join(title[1:], " "), m.w)}
		}
		for _, l := range title {
			top = append(top, st.warn.Render(l))
		}
		if !tight {
			top = append(top, "")
		}
		bottom = []string{""} // what is out of view, once the height is known
		for _, s := range say[1:] {
			for _, l := range lines(s) {
				bottom = append(bottom, st.dim.Render(l))
			}
		}
		if len(top)+len(bottom)+len(m.failHelp(true))+3 <= m.h {
			break
		}
	}
	// The help names the movement keys only when the problems do not all
	// fit in the room the quit line alone leaves them.
	help := m.failHelp(false)
	if m.fail.sc.total > m.h-len(top)-len(bottom)-len(help) {
		help = m.failHelp(true)
	}
	m.fail.sc.setHeight(max(m.h-len(top)-len(bottom)-len(help), 1))
	bottom[0] = st.dim.Render(truncate("  "+moreNote(m.fail.sc), m.w))
	return top, append(bottom, help...)
}

// notesFate says what becomes of the user's marks and notes on quitting,
// as main and keepOpenNote handle them: changes are saved as they are
// made; a change still pending gets one more try and, failing that, is
// printed to stderr; the note being written is saved on the way out.
func (m *Model) notesFate() string {
	n, writing := m.ctx.notes.Pending(), m.layout.has(paneNote)
	if _, session := m.ctx.notes.(*memoryNotebook); session {
		if n == 0 && !writing {
			return ""
		}
		return "Your marks and notes are not in a file: they are lost when parley ends."
	}
	open := ""
	if writing {
		open = " The note being written is saved when you quit."
	}
	if n > 0 {
		return words.Grouped(n, "change", "changes") + " to your notes could not be saved yet: parley tries again when you quit and prints any it cannot save." + open
	}
	return "Your marks and notes are saved: each was written to the notes file as you made it." + open
}

// failHelp is the error screen's help: the movement keys when there is
// something to scroll to, then quitting, written "q / ctrl+c: quit" as
// on the loading screen (see screenHelp). On one line if they fit, else
// the keys on a line of their own, cut at a whole key ("…" says so).
func (m *Model) failHelp(scrolls bool) []string {
	quit := m.screenHelp()
	if !scrolls {
		return []string{quit}
	}
	h, k := m.help.help, m.ctx.keys.Nav
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	nav := ""
	ellipsis := " " + h.Styles.Ellipsis.Render(h.Ellipsis)
	keys := []key.Binding{k.Down, k.Up, k.Top, k.Bottom, k.PageDown, k.PageUp}
	for i, b := range keys {
		item := h.ShortHelpView([]key.Binding{b})
		if nav != "" {
			item = sep + item
		}
		if i < len(keys)-1 && width(nav+item+ellipsis) > m.w || width(nav+item) > m.w {
			nav += ellipsis
			break
		}
		nav += item
	}
	if width(nav+sep+quit) <= m.w {
		return []string{nav + sep + quit}
	}
	return []string{nav, quit}
}
