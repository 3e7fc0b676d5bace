// Command parley explores the 2018 North Korea / United States / South Korea
// summit diplomacy as one news article tells it.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"

	"parley/cli"
	"parley/data"
	"parley/model"
	"parley/notes"
	"parley/termsafe"
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

// explore opens the interactive explorer in the state the flags asked for,
// with the dataset's notes file. A signal (SIGINT, SIGTERM, SIGHUP) ends
// it with the terminal restored; parley then exits as the shell reports a
// process killed by that signal (128 + its number) without an error
// message.
func explore(ds *model.Dataset, opts cli.ExploreOptions) error {
	topts := tui.Options{Filter: opts.Filter, EventID: opts.EventID, Theme: opts.Theme, Mouse: opts.Mouse, Raw: opts.Raw, NotesMessage: opts.NotesProblem, Name: opts.Name}
	if opts.Loading != nil {
		topts.Loading = updates(opts.Loading)
	}
	topts.Dataset = opts.Dataset
	topts.StepAside = data.StepAside
	var store *notes.Store
	if opts.NotesFile != "" {
		store, topts.NotesMessage = notes.Open(opts.NotesFile, opts.NotesIdentity)
		topts.Notes = store
	}
	err := tui.Run(ds, topts)
	if store != nil {
		reportUnsaved(store)
	}
	var sig *tui.SignalError
	if errors.As(err, &sig) {
		os.Exit(sig.ExitCode())
	}
	return err
}

// updates passes the command line's news of a load on to the explorer.
func updates(in <-chan cli.LoadUpdate) <-chan tui.Update {
	out := make(chan tui.Update)
	go func() {
		defer close(out)
		for u := range in {
			t := tui.Update{Stage: u.Progress.Stage, Done: u.Progress.Done, Total: u.Progress.Total, Events: u.Progress.Events,
				Complete: u.Complete, Actors: u.Actors, Err: u.Err}
			if u.Loaded != nil {
				t.Dataset = u.Loaded.Safe
				if u.Loaded.Raw != u.Loaded.Safe {
					t.Raw = u.Loaded.Raw
				}
			}
			out <- t
		}
	}()
	return out
}

// reportUnsaved tries a last save of the marks and notes a failing save
// kept in memory, and prints what still could not be saved, so that the
// user can copy it out rather than lose it without a word.
func reportUnsaved(store *notes.Store) {
	if store.Pending() == 0 {
		return
	}
	_, err := store.Save()
	if err == nil {
		return
	}
	var saveErr *notes.SaveError
	if errors.As(err, &saveErr) {
		err = saveErr.Err
	}
	msg := fmt.Sprintf("parley: these changes to your notes could not be saved to %s (%v):", store.Path(), err)
	fmt.Fprintln(os.Stderr, termsafe.Text(msg))
	for _, c := range store.DescribePending() {
		fmt.Fprintln(os.Stderr, termsafe.Text("  "+c))
	}
}
