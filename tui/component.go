package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// component is a pane in the soft-serve sense: it owns its state, its
// keys and its help. The root gives it its size, routes it the keys when
// it has the focus (after the global keys, see globals) and acts on the
// intent it returns. It may read and change the shared state it is given,
// never another pane.
type component interface {
	setSize(w, h int)
	update(msg tea.Msg, s *shared) intent
	// view is the content under the pane's title rule, at most h lines of
	// at most w columns; heading is the rule's title and right-hand note.
	view(s *shared) []string
	heading(s *shared) (title, note string)
	// takesText: letters are text here, so only ctrl+c and ? are global.
	takesText() bool
	// ShortHelp and FullHelp (bubbles/help's KeyMap) name the pane's own
	// keys; FullHelp's first group is the pane's section of the help screen.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// hinter is a pane whose title rule also names a key ("backspace: back"):
// a hint the rule drops first when there is no room, so the note that says
// how much is out of view stays.
type hinter interface {
	hint(s *shared) string
}

// shared is the state the root owns and the panes read: the filter has no
// other copy.
type shared struct {
	filter    model.Filter
	result    model.Result // the dataset under the filter, queried on change only; the next query starts from it
	history   []visit      // where related links were followed from
	searching bool         // the search prompt is open: letters are its text
	query     pending      // result is the previous filter's while this is pending
	// notice is news for the status line until the next key: what a copy
	// or a save did, or that a step through the passages started over.
	notice string

	// The reader's notebook as last taken from the store, laid over the
	// dataset; the filter's Marked and Notes are made from it.
	book   model.Notebook
	places model.NotePlaces
}

// intent is what a pane asks of the root after a message.
type intent int

const (
	noIntent     intent = iota
	intentMoved         // the selection moved: whoever follows it, follows
	intentOpen          // enter: open what is selected
	intentBack          // esc: leave this pane
	intentDone          // enter on an input: keep it and leave
	intentFilter        // the shared filter changed: query again
	intentSave          // ctrl+s in the note editor: save, keep writing
	intentDelete        // ctrl+x in the note editor: delete the note
)

// visit is an event left by following a link, and the item (the link)
// that was selected there.
type visit struct {
	event *model.Event
	item  int
}
