package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// The explorer Run starts is built on Bubble Tea's first message (the
// window size, normally), not before the program starts. Bubble Tea draws
// its first frame on its renderer's first tick, 16.7 ms after it starts;
// New's work (1 ms in a fresh process on the embedded dataset: most of
// it first-touch page faults) then falls within that wait instead of
// delaying the frame by as much. So does a load given as Options.Dataset
// (the built-in dataset's, about 1 ms).

// newArgs is what New builds an explorer from.
type newArgs struct {
	ds   *model.Dataset
	opts Options
}

// buildOnFirstMessage is an explorer New builds from ds and opts on its
// first message. Until then it draws nothing, as New's does before it has
// a size, and starts nothing.
func buildOnFirstMessage(ds *model.Dataset, opts Options) Model {
	return Model{unbuilt: &newArgs{ds: ds, opts: opts}}
}

// buildFor builds the explorer and hands it msg. What its Init would
// have started (a load's first read, a wait for the search index) starts
// now, with msg's commands.
func (m Model) buildFor(msg tea.Msg) (tea.Model, tea.Cmd) {
	ds, opts := m.unbuilt.ds, m.unbuilt.opts
	var index tea.Cmd
	if opts.Dataset != nil {
		var err error
		if ds, opts.Raw, err = opts.Dataset(); err != nil {
			// Nothing is drawn: Run returns err for the caller to report.
			return Model{quit: true, load: loadState{phase: loadFailed, err: err}}, tea.Quit
		}
		index = indexSearch(ds) // as Run does for a dataset it is given
	}
	built := New(ds, opts)
	next, cmd := built.Update(msg)
	return next, tea.Batch(built.Init(), cmd, index)
}
