// Package cli is parley's command line: it reads the flags, loads the
// dataset, and either prints the timeline (plain text or JSON) or hands the
// dataset to the interactive explorer it is given. It touches the process
// only through Env, so tests run it whole.
package cli

import (
	"io"

	"parley/model"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitData  = 1 // a dataset could not be read, parsed or validated; the explorer failed
	ExitUsage = 2 // a flag, a flag's value or an argument is wrong
)

// Env is the process as the command line sees it.
type Env struct {
	Stdout           io.Writer
	Stderr           io.Writer
	StdoutIsTerminal bool
	// StderrIsTerminal: loading a big dataset shows its progress on stderr.
	StderrIsTerminal bool
	// NoKeyboard: no terminal to read keys from (stdin is not one and there
	// is no controlling terminal to open): the explorer cannot be used, so
	// the timeline is printed as when stdout is not a terminal.
	NoKeyboard bool
	Getenv     func(key string) string
	// Explore runs the interactive explorer on a terminal-safe dataset.
	Explore func(ds *model.Dataset, opts ExploreOptions) error
}

// ExploreOptions is the explorer's starting state, mirroring tui.Options.
type ExploreOptions struct {
	Filter  model.Filter
	EventID string // open this event first; empty for the timeline
	Theme   string // auto, dark or light
	Mouse   bool
	Raw     *model.Dataset // the dataset as its file has it, for the reader's excerpt JSON
	// NotesFile is where marks and notes are kept, NotesIdentity the
	// dataset's name to record in it; NotesProblem, when not empty, is why
	// no notes file could be placed (then NotesFile is empty).
	NotesFile     string
	NotesIdentity string
	NotesProblem  string
	// Loading, when not nil, brings the dataset while the explorer is
	// open (Explore is then given none): a big file's load goes on after
	// the explorer shows its progress. Name is the file as the user gave it.
	Loading <-chan LoadUpdate
	Name    string
	// Dataset, when not nil, loads the dataset Explore is not given, and
	// its raw twin: the explorer calls it once it has started (see
	// exploreEmbedded). An error is the load's: the explorer closes and
	// Explore returns it.
	Dataset func() (safe, raw *model.Dataset, err error)
}
