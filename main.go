// Command parley explores the 2018 North Korea / United States / South Korea
// summit diplomacy as one news article tells it.
package main

import (
	"errors"
	"os"

	"github.com/charmbracelet/x/term"

	"parley/cli"
	"parley/model"
	"parley/tui"
)

func main() {
	stdoutTerminal := term.IsTerminal(os.Stdout.Fd())
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		StdoutIsTerminal: stdoutTerminal,
		StderrIsTerminal: term.IsTerminal(os.Stderr.Fd()),
		NoKeyboard:       stdoutTerminal && !keyboard(),
		Getenv:           os.Getenv,
		Explore:          explore,
	}))
}

// keyboard reports whether the explorer can read keys: from stdin when it
// is a terminal, else from the controlling terminal, as Bubble Tea does
// when stdin is redirected (parley < file). Without a controlling terminal
// (setsid, a daemon, some CI runners) there is none.
func keyboard() bool {
	if term.IsTerminal(os.Stdin.Fd()) {
		return true
	}
	f, err := os.Open("/dev/tty")
	if err != nil {
		return false
	}
	_ = f.Close()
	return true
}

// explore opens the interactive explorer in the state the flags asked for.
// A signal (SIGINT, SIGTERM, SIGHUP) ends it with the terminal restored;
// parley then exits as the shell reports a process killed by that signal
// (128 + its number) without an error message.
func explore(ds *model.Dataset, opts cli.ExploreOptions) error {
	err := tui.Run(ds, tui.Options{Filter: opts.Filter, EventID: opts.EventID, Theme: opts.Theme, Mouse: opts.Mouse, Raw: opts.Raw})
	var sig *tui.SignalError
	if errors.As(err, &sig) {
		os.Exit(sig.ExitCode())
	}
	return err
}
