// Command parley explores the 2018 North Korea / United States / South Korea
// summit diplomacy as one news article tells it.
package main

import (
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"

	"parley/cli"
	"parley/model"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		StdoutIsTerminal: term.IsTerminal(os.Stdout.Fd()),
		Getenv:           os.Getenv,
		Explore:          exploreWithoutTUI,
	}))
}

// exploreWithoutTUI stands in for tui.Run until the explorer is merged:
// it prints the plain view of the starting state with a note saying so.
// At merge, replace it with an adapter to tui.Run.
func exploreWithoutTUI(ds *model.Dataset, opts cli.ExploreOptions) error {
	fmt.Fprintln(os.Stderr, "parley: the interactive explorer is not part of this build; showing the plain view")
	if e := ds.Event(opts.EventID); e != nil {
		return cli.WriteEvent(os.Stdout, ds, e)
	}
	return cli.WriteTimeline(os.Stdout, ds, opts.Filter)
}
