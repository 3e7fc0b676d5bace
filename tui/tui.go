// Package tui is parley's interactive explorer: a timeline of events, an
// actor filter, an event's detail and a reader for its source article.
//
// The root Model routes keys that mean the same everywhere (quit, help,
// search, actors, focus) first, then hands the message to the pane that has
// the focus. Each pane (timeline, detail, actorFilter, reader) keeps its own
// state, takes its size from the root and renders only what is in view.
package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"parley/model"
)

// Options are the choices a command line can make before the explorer opens.
type Options struct {
	Filter  model.Filter // starting actor filter and search
	EventID string       // when set, start with this event selected and its detail open
	Theme   string       // "auto" | "dark" | "light"
	Mouse   bool         // enable mouse wheel (off by default: capture blocks text selection)
}

// Run opens the explorer full screen and returns when the user quits.
func Run(ds *model.Dataset, opts Options) error {
	if err := settleTheme(opts.Theme); err != nil {
		return err
	}
	go ds.IndexSearch() // on another core while the first frames draw, so the first search letter need not wait
	popts := []tea.ProgramOption{tea.WithAltScreen()}
	if opts.Mouse {
		popts = append(popts, tea.WithMouseCellMotion())
	}
	_, err := tea.NewProgram(New(ds, opts), popts...).Run()
	return err
}

// settleTheme fixes light or dark before the program reads input: a
// terminal query made later would leak its answer in as keystrokes.
func settleTheme(theme string) error {
	switch theme {
	case "dark":
		lipgloss.SetHasDarkBackground(true)
	case "light":
		lipgloss.SetHasDarkBackground(false)
	case "", "auto":
		lipgloss.SetHasDarkBackground(lipgloss.HasDarkBackground())
	default:
		return fmt.Errorf("theme %q: want auto, dark or light", theme)
	}
	return nil
}
