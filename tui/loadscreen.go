package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/internal/words"
	"parley/termsafe"
)

// The loading screen is what the explorer shows while a big file loads
// and none of it can be shown yet (Options.Loading): the file, the stage,
// a progress bar and how much has been read.

// loadBarMax keeps the bar a readable length on wide terminals.
const loadBarMax = 72

// newLoadBar is the bar in the accent colour. The percent is set at each
// frame (ViewAs), so no spring animation ticks while a load takes a minute.
func newLoadBar(mono bool) progress.Model {
	full := "#0969DA"
	if lipgloss.HasDarkBackground() {
		full = "#58A6FF"
	}
	profile := lipgloss.ColorProfile()
	if mono {
		profile = termenv.Ascii
	}
	return progress.New(progress.WithSolidFill(full), progress.WithColorProfile(profile))
}

// loadScreen is the whole frame while nothing is shown yet: exactly m.h
// lines, none wider than m.w.
func (m *Model) loadScreen() []string {
	st := m.ctx.st
	in := m.w - 2 // the block is indented by two columns
	bar := m.load.bar
	bar.Width = min(in, loadBarMax)
	block := []string{
		truncate(st.bold.Render("Opening "+m.load.fileName()), in),
		"",
		truncate(st.dim.Render(stageWords(m.load.last.Stage)), in),
		truncate(bar.ViewAs(m.load.percent()), in),
		truncate(m.load.amount(), in),
	}
	lines := []string{truncate(st.appName.Render("parley")+st.dim.Render(" · loading a dataset"), m.w)}
	body := m.h - 2
	top := max((body-len(block))/2, 0)
	for i := 0; i < body; i++ {
		l := ""
		if j := i - top; j >= 0 && j < len(block) && block[j] != "" {
			l = "  " + block[j]
		}
		lines = append(lines, l)
	}
	return append(lines, m.screenHelp())
}

// fileName is the file as the user named it, safe to draw on one line.
func (l *loadState) fileName() string {
	if l.name == "" {
		return "the dataset"
	}
	return flatten(termsafe.Text(l.name))
}

// stageWords says what the load is doing.
func stageWords(stage string) string {
	switch stage {
	case "":
		return "Starting…"
	case "reading":
		return "Reading the file…"
	case "checking":
		return "Checking the events…"
	case "indexing":
		return "Building the timeline…"
	}
	return flatten(termsafe.Text(stage)) + "…"
}

// amount is how much has been read: "41 of 117 MiB · 35,840 events read".
// The bench waits for "events read" as the sign of this screen.
func (l *loadState) amount() string {
	u := l.last
	events := words.Thousands(u.Events) + " events read"
	switch {
	case u.Total > 0:
		return mib(u.Done, u.Total) + " of " + mib(u.Total, u.Total) + " MiB · " + events
	case u.Done > 0:
		return mib(u.Done, u.Done) + " MiB · " + events
	}
	return events
}

// mib is n bytes in MiB, with a decimal when the whole is under 10 MiB.
func mib(n, whole int64) string {
	if whole < 10<<20 {
		return fmt.Sprintf("%.1f", float64(n)/(1<<20))
	}
	return fmt.Sprint((n + 1<<19) >> 20) // rounded, as the stderr meter does: 117 MiB on both
}

// screenHelp is the help line of the loading and error screens, where
// only quitting (and ctrl+z) works. It is written "q / ctrl+c: quit", not
// as the explorer's short help writes it ("q quit"): the bench takes
// "q quit" on screen for the explorer's first frame with events.
func (m *Model) screenHelp() string {
	k := m.ctx.keys
	return truncate(m.ctx.st.dim.Render(k.Quit.Help().Key+" / "+k.ForceQuit.Help().Key+": "+k.Quit.Help().Desc), m.w)
}

// screenKey answers the keys of the loading and error screens.
func (m *Model) screenKey(msg tea.KeyMsg) tea.Cmd {
	k := m.ctx.keys
	switch {
	case key.Matches(msg, k.Quit, k.ForceQuit):
		m.quit = true
		return tea.Quit
	case key.Matches(msg, k.Suspend):
		return m.suspend()
	}
	return nil
}
