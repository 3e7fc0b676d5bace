package cli

import (
	"errors"
	"fmt"
	"io/fs"

	"parley/data"
	"parley/model"
	"parley/notes"
	"parley/termsafe"
)

// NotesView is what printed output shows of the reader's notes: the file
// they come from and the notebook laid over the dataset.
type NotesView struct {
	File    string // empty when no notes file could be placed
	Problem string // why the file could not be read; then the notebook is empty
	Book    model.Notebook
	Places  model.NotePlaces
}

// notesPath is the notes file for the dataset: --notes, or the default
// under the state directory. explicit tells which.
func notesPath(o options, getenv func(string) string) (path, identity string, explicit bool, err error) {
	identity = notes.EmbeddedIdentity(data.EmbeddedName)
	if o.dataFile != "" {
		if identity, err = notes.FileIdentity(o.dataFile); err != nil {
			return "", "", false, fmt.Errorf("--data %s: %v", o.dataFile, err)
		}
	}
	if o.notesFile != "" {
		return o.notesFile, identity, true, nil
	}
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	path, err = notes.DefaultPath(getenv, identity)
	return path, identity, false, err
}

// readNotebook reads the notes for printed output, changing nothing on
// disk. A --notes file that is not there is an error (a mistyped path
// would otherwise print no notes without a word); the default file not
// being there just means no notes yet. A file that cannot be read gives a
// warning and output without notes: the dataset is still worth printing.
func readNotebook(o options, env Env, ds *model.Dataset) (NotesView, error) {
	path, _, explicit, err := notesPath(o, env.Getenv)
	if err != nil {
		return NotesView{Places: ds.PlaceNotes(model.Notebook{})}, nil // no state directory: there can be no notes
	}
	nb := NotesView{File: path}
	nb.Book, err = notes.Read(path)
	switch {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist) && explicit:
		return nb, fmt.Errorf("--notes %s: no such file (the explorer creates it with the first mark or note)", path)
	case errors.Is(err, fs.ErrNotExist):
	default:
		nb.Problem = err.Error()
		fmt.Fprintln(env.Stderr, termsafe.Text("parley: warning: "+nb.Problem+"; printing without notes"))
	}
	nb.Places = ds.PlaceNotes(nb.Book)
	return nb, nil
}
