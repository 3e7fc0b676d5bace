package tui

import (
	"errors"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// Notebook is where the explorer keeps marks and notes; main wires in
// package notes, which saves them to a file. Make is instant and does no
// I/O; Save writes, so the explorer calls it from a command, never from
// Update.
type Notebook interface {
	Notebook() model.Notebook
	Make(model.Change)
	Save() (notice string, err error)
	Pending() int
}

// memoryNotebook keeps marks and notes for this session only, when there
// is nowhere to save them (no state directory, or in tests): each save
// says why.
type memoryNotebook struct {
	mu      sync.Mutex
	book    model.Notebook
	pending int
	why     error
}

func newMemoryNotebook(why string) *memoryNotebook {
	if why == "" {
		why = "notes are kept for this session only"
	}
	return &memoryNotebook{why: errors.New(why)}
}

func (n *memoryNotebook) Notebook() model.Notebook {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.book
}

func (n *memoryNotebook) Make(c model.Change) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.book = n.book.Apply(c)
	n.pending++
}

func (n *memoryNotebook) Save() (string, error) { return "", n.why }

func (n *memoryNotebook) Pending() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.pending
}

// notesSavedMsg is the end of a save: what to tell the user about it.
type notesSavedMsg struct {
	done    string // what the change was, for the status line ("marked")
	notice  string // news about the file (a corrupt one moved aside)
	err     error  // the save failed; the changes wait in memory
	had     int    // changes waiting when the save began
	pending int    // changes not yet saved
}

// retrySaveMsg comes retryEvery after a failed save, to try it again.
type retrySaveMsg struct{}

const retryEvery = 5 * time.Second

// save writes the notebook's unsaved changes in the background.
func save(nb Notebook, done string) tea.Cmd {
	return func() tea.Msg {
		had := nb.Pending()
		notice, err := nb.Save()
		return notesSavedMsg{done: done, notice: notice, err: err, had: had, pending: nb.Pending()}
	}
}

func retryLater() tea.Cmd {
	return tea.Tick(retryEvery, func(time.Time) tea.Msg { return retrySaveMsg{} })
}
