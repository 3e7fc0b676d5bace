package tui

import (
	"strings"

	"parley/internal/words"
	"parley/termsafe"
)

// failScreen replaces the explorer when a load fails after part of the
// dataset was shown: what failed, as many lines of the error as fit, and
// that the whole of it is printed on quitting (Run returns it).
func (m *Model) failScreen() []string {
	st := m.ctx.st
	title := wrap(m.load.fileName()+" cannot be opened: the load found problems.", m.w)
	if len(title) > 2 {
		title = []string{title[0], truncate(strings.Join(title[1:], " "), m.w)}
	}
	top := []string{truncate(st.appName.Render("parley")+st.dim.Render(" · "+m.load.fileName()), m.w), ""}
	for _, l := range title {
		top = append(top, st.warn.Render(l))
	}
	top = append(top, "")
	bottom := []string{"", truncate(st.dim.Render("All of it is printed when you quit."), m.w), m.screenHelp()}
	room := max(m.h-len(top)-len(bottom), 1)
	lines := append(top, errorLines(m.load.err, m.w, room)...)
	lines = fitLines(lines, 0, m.h-len(bottom)) // blank lines down to the hint
	return append(lines, bottom...)
}

// errorLines is err's text made safe to draw, each line cut to w, in at
// most room lines: the last says how many more there are when it is cut.
func errorLines(err error, w, room int) []string {
	text := strings.TrimRight(termsafe.Text(err.Error()), "\n")
	var out []string
	for _, l := range strings.Split(text, "\n") {
		out = append(out, truncate("  "+l, w))
	}
	if len(out) > room {
		more := len(out) - room + 1
		out = append(out[:room-1], truncate("  ↓ "+words.Thousands(more)+" more", w))
	}
	return out
}
