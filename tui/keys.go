package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"

	"parley/tui/axis"
	"parley/tui/pattern"
)

// KeyMap is every key the explorer answers to. Each pane names the ones it
// handles in its ShortHelp and FullHelp, and the root names the global ones
// from the same list it routes by (see globals), so help cannot disagree
// with the keys.
type KeyMap struct {
	// Moving through the timeline, the event, the reader and the help.
	Nav navKeys
	// Moving through the actor list: letters narrow it, so no letter moves.
	ListNav navKeys

	// Timeline and event.
	Open, Back, History, Focus, Search, Actors, ClearAll key.Binding

	// The time axis (in place of the timeline) and the pattern view, with
	// the keys each answers to while it has the focus.
	TimeAxis, Pattern key.Binding
	Axis              axis.KeyMap
	PatternView       pattern.KeyMap

	// Copying to the terminal's clipboard: what is selected, the timeline.
	// The root routes them (it holds the clipboard); the panes they work
	// in name them in their help.
	Copy, CopyTimeline key.Binding
	// In the reader: the passage as a dataset's excerpt object.
	CopyExcerptJSON key.Binding

	// Source reader.
	NextExcerpt, PrevExcerpt key.Binding

	// Actor filter.
	Toggle, SwitchMode, ClearActors, Narrow, Erase, ClearText, Done key.Binding

	// Search prompt.
	Apply, Cancel key.Binding

	// Marks and notes: on the event (timeline, event) or on the passage
	// being read (reader).
	Mark, MarkedOnly, Note key.Binding

	// Note editor; NoteEdit is the textarea's editing keys, for the help.
	NoteSave, NoteClose, NoteDelete key.Binding
	NoteEdit                        textarea.KeyMap

	// Edit is the search box's editing keys (bubbles/textinput's), kept
	// here so the help lists them.
	Edit textinput.KeyMap

	Help, Quit, ForceQuit, Suspend key.Binding
}

// DefaultKeyMap follows the conventions of Bubble Tea apps such as glow and
// gh-dash: vi keys and arrows, esc backs out one level.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Nav: navKeys{
			Up:       b("↑/k", "up", "up", "k"),
			Down:     b("↓/j", "down", "down", "j"),
			Top:      b("g/home", "first", "g", "home"),
			Bottom:   b("G/end", "last", "G", "end"),
			PageUp:   b("pgup/b", "page up", "pgup", "b", "ctrl+u"),
			PageDown: b("pgdn/f", "page down", "pgdown", "f", "ctrl+d", " "),
		},
		ListNav: navKeys{
			Up:       b("↑", "up", "up", "ctrl+p"),
			Down:     b("↓", "down", "down", "ctrl+n"),
			PageUp:   b("pgup", "page up", "pgup"),
			PageDown: b("pgdn", "page down", "pgdown"),
			Top:      b("home", "first", "home"),
			Bottom:   b("end", "last", "end"),
		},

		Open:     b("enter", "open", "enter"),
		Back:     b("esc", "back", "esc"),
		History:  b("backspace", "previous event", "backspace"),
		Focus:    b("tab", "switch pane", "tab", "shift+tab"),
		Search:   b("/", "search", "/"),
		Actors:   b("a", "actors", "a"),
		ClearAll: b("x", "clear filter and search", "x"),

		TimeAxis:    b("t", "time axis", "t"),
		Pattern:     b("p", "pattern", "p"),
		Axis:        axis.DefaultKeyMap(),
		PatternView: pattern.DefaultKeyMap(),

		Copy:            b("y", "copy", "y"),
		CopyTimeline:    b("Y", "copy timeline as Markdown", "Y"),
		CopyExcerptJSON: b("e", "copy as excerpt JSON", "e"),

		NextExcerpt: b("n", "next passage", "n"),
		PrevExcerpt: b("N", "previous passage", "N"),

		Erase:       b("backspace", "delete a letter", "backspace"),
		ClearText:   b("ctrl+u", "clear the text", "ctrl+u"), // as in the search box
		Toggle:      b("space", "toggle actor", " "),
		SwitchMode:  b("ctrl+a", "any of / all of", "ctrl+a"),
		ClearActors: b("ctrl+x", "clear actors", "ctrl+x"),
		// Documentation only: typing is handled as text, never matched.
		Narrow: b("type", "narrow the list", "\x00type"),
		Done:   b("enter", "done", "enter"),

		Apply:  b("enter", "keep search", "enter"),
		Cancel: b("esc", "clear search", "esc"),

		Edit: editKeys(),

		Mark:       b("m", "mark", "m"),
		MarkedOnly: b("M", "marked only", "M"),
		Note:       b("c", "note", "c"),

		NoteSave:   b("ctrl+s", "save", "ctrl+s"),
		NoteClose:  b("esc", "save and close", "esc"),
		NoteDelete: b("ctrl+x", "delete note", "ctrl+x"),
		NoteEdit:   noteEditKeys(),

		Help:      b("?", "help", "?"),
		Quit:      b("q", "quit", "q"),
		ForceQuit: b("ctrl+c", "quit", "ctrl+c"),
		Suspend:   b("ctrl+z", "suspend (fg resumes)", "ctrl+z"),
	}
}

// editKeys are bubbles/textinput's editing keys without clipboard paste
// (ctrl+v), which reads the system clipboard through an X tool; the
// terminal's own paste works without it. Suggestions are not used.
func editKeys() textinput.KeyMap {
	k := textinput.DefaultKeyMap
	for _, b := range []*key.Binding{&k.Paste, &k.AcceptSuggestion, &k.NextSuggestion, &k.PrevSuggestion} {
		b.SetEnabled(false)
	}
	return k
}

// noteEditKeys are bubbles/textarea's editing keys without clipboard
// paste, as for the search box.
func noteEditKeys() textarea.KeyMap {
	k := textarea.DefaultKeyMap
	k.Paste.SetEnabled(false)
	return k
}

// keyNames are how keys are written in help where their name is not.
var keyNames = map[string]string{
	" ": "space", "up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn", "\x00type": "type",
	"alt+left": "alt+←", "alt+right": "alt+→", "ctrl+left": "ctrl+←", "ctrl+right": "ctrl+→",
}

// everyKey is b with its help naming every key it answers to: the full
// help shows them all, the short help only the main ones.
func everyKey(b key.Binding) key.Binding {
	names := make([]string, 0, len(b.Keys()))
	for _, k := range b.Keys() {
		if n, ok := keyNames[k]; ok {
			k = n
		}
		names = append(names, k)
	}
	b.SetHelp(strings.Join(names, "/"), b.Help().Desc)
	return b
}

// withDesc is a binding with the description its context calls for.
func withDesc(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
