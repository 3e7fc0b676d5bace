// Command parley explores the 2018 North Korea / United States / South Korea
// summit diplomacy as one news article tells it.
package main

import (
	"os"

	"github.com/charmbracelet/x/term"

	"parley/cli"
	"parley/model"
	"parley/tui"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		StdoutIsTerminal: term.IsTerminal(os.Stdout.Fd()),
		Getenv:           os.Getenv,
		Explore:          explore,
	}))
}

// explore opens the interactive explorer in the state the flags asked for.
func explore(ds *model.Dataset, opts cli.ExploreOptions) error {
	return tui.Run(ds, tui.Options{Filter: opts.Filter, EventID: opts.EventID, Theme: opts.Theme, Mouse: opts.Mouse})
}
