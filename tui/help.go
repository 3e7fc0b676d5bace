package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// helpPane is the full help screen: every pane's keys, as each pane names
// them in its FullHelp, then the global ones. The root gives it the groups
// (see helpGroups); it lays them out on resize, never while drawing.
type helpPane struct {
	ctx    *context
	help   *help.Model // by pointer: the explorer is copied at each message
	groups []helpGroup
	lines  []string
	w      int
	sc     scroller
}

// helpGroup is one titled column of the help screen.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

func newHelpPane(ctx *context) helpPane {
	hm := help.New()
	hm.Styles = ctx.st.help
	return helpPane{ctx: ctx, help: &hm}
}

func (h *helpPane) takesText() bool { return false }

// The help is laid out when first opened, and on each change after: most
// sessions never open it, and laying it out was three quarters of New's
// work (1.8 of 2.5 ms on the embedded dataset), done again at each size.

func (h *helpPane) setGroups(groups []helpGroup) {
	h.groups = groups
	h.relayout()
}

func (h *helpPane) setSize(w, ht int) {
	h.w = max(w, 0)
	h.sc.setHeight(ht)
	h.relayout()
}

// relayout lays the help out again if it has been laid out.
func (h *helpPane) relayout() {
	if h.lines != nil {
		h.layout()
	}
}

// open shows the help from its top.
func (h *helpPane) open() {
	if h.lines == nil {
		h.layout()
	}
	h.sc.top()
}

func (h *helpPane) update(msg tea.Msg, s *shared) intent {
	k := h.ctx.keys
	if km, ok := msg.(tea.KeyMsg); ok && (key.Matches(km, k.Help) || key.Matches(km, k.Back)) {
		return intentBack
	}
	if mv, ok := navigate(msg, k.Nav); ok {
		h.sc.scroll(mv)
	}
	return noIntent
}

// heading says, as every scrolling pane does, how much of the help is out
// of view: the keys for t, p and ctrl+z come last.
func (h *helpPane) heading(s *shared) (string, string) { return "Help", moreNote(h.sc) }

// hint says how to close the help, where the rule has room for it too.
func (h *helpPane) hint(s *shared) string { return "? or esc closes" }

func (h *helpPane) view(s *shared) []string {
	from, to := h.sc.window()
	return h.lines[from:to]
}

func (h *helpPane) ShortHelp() []key.Binding {
	k := h.ctx.keys
	return []key.Binding{withDesc(k.Help, "close help"), k.Nav.Down, k.Nav.Up}
}

func (h *helpPane) FullHelp() [][]key.Binding {
	k := h.ctx.keys
	return [][]key.Binding{{withDesc(k.Help, "close help"), withDesc(k.Back, "close help")}, k.Nav.bindings()}
}

// layout lays the help out for the width: one titled block per group,
// rendered by bubbles/help, packed into as many columns as fit.
func (h *helpPane) layout() {
	st, w := h.ctx.st, h.w
	const gap = 4
	var blocks []string
	for _, g := range h.groups {
		bs := make([]key.Binding, len(g.bindings))
		for i, b := range g.bindings {
			bs[i] = everyKey(b)
		}
		blocks = append(blocks, st.bold.Render(g.title)+"\n"+h.help.FullHelpView([][]key.Binding{bs}))
	}
	var lines, row []string
	used := 0
	flush := func() {
		if len(row) > 0 {
			// A block wider than the window alone in its row is cut, "…" marking it.
			for _, l := range strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n") {
				lines = append(lines, truncate(strings.TrimRight(l, " "), w))
			}
			lines = append(lines, "")
		}
		row, used = nil, 0
	}
	for _, b := range blocks {
		bw := lipgloss.Width(b)
		if used > 0 && used+gap+bw > w {
			flush()
		}
		if used > 0 {
			row = append(row, spaces(gap))
			used += gap
		}
		row = append(row, b)
		used += bw
	}
	flush()
	lines = append(lines, st.bold.Render("Status marks"))
	lines = append(lines, wrap(statusLegend(h.ctx.unstated), w)...)
	lines = append(lines, "")
	notes := []string{
		"Dates show what the article allows: a day, a month or part of one, a range, or no date set. The event's detail says where each date comes from.",
		"In the reader, ┃ marks the passage being read (an excerpt or a quote) and │ the event's others; n and N step through them in article order.",
		"With the mouse enabled (--mouse), a click selects a timeline row, an event item or an actor (choosing it), and the wheel scrolls the pane under the pointer.",
	}
	for _, n := range notes {
		lines = append(lines, wrapIndent("", "", n, w, st.dim)...)
	}
	h.lines = lines
	h.sc.setTotal(len(lines))
}
