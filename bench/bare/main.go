// Command bare is the baseline parley's speed is measured against: a bare
// Bubble Tea program, the same version and screen settings as parley's
// explorer (alternate screen, no mouse), that renders one line and
// changes it on every key. ctrl+c or q quits.
package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

type bare struct {
	keys int
	last string
}

func (b bare) Init() tea.Cmd { return nil }

func (b bare) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		if k.String() == "ctrl+c" || k.String() == "q" {
			return b, tea.Quit
		}
		b.keys++
		b.last = k.String()
	}
	return b, nil
}

func (b bare) View() string {
	return fmt.Sprintf("bare ready · %d keys · last %q", b.keys, b.last)
}

func main() {
	if _, err := tea.NewProgram(bare{}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "bare:", err)
		os.Exit(1)
	}
}
