package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
)

// KeyMap is every key the explorer answers to. The short help line and the
// full help screen are generated from these same bindings, so help cannot
// disagree with the keys.
type KeyMap struct {
	// Moving through lists and text.
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding

	// Timeline and detail.
	Open, Back, History, Focus, Search, Actors, ClearAll key.Binding

	// Source reader.
	NextExcerpt, PrevExcerpt key.Binding

	// Actor filter: letters narrow the list, so only non-letter keys act.
	ListUp, ListDown, ListPageUp, ListPageDown, ListTop, ListBottom key.Binding
	Toggle, SwitchMode, ClearActors, Narrow, Erase, Done            key.Binding

	// Search prompt.
	Apply, Cancel key.Binding

	// Edit is the search box's editing keys (bubbles/textinput's), kept
	// here so the help lists them.
	Edit textinput.KeyMap

	Help, Quit, ForceQuit key.Binding
}

// DefaultKeyMap follows the conventions of Bubble Tea apps such as glow and
// gh-dash: vi keys and arrows, esc backs out one level.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:       b("↑/k", "up", "up", "k"),
		Down:     b("↓/j", "down", "down", "j"),
		Top:      b("g/home", "first", "g", "home"),
		Bottom:   b("G/end", "last", "G", "end"),
		PageUp:   b("pgup/b", "page up", "pgup", "b", "ctrl+u"),
		PageDown: b("pgdn/f", "page down", "pgdown", "f", "ctrl+d", " "),

		Open:     b("enter", "open", "enter"),
		Back:     b("esc", "back", "esc"),
		History:  b("backspace", "previous event", "backspace"),
		Focus:    b("tab", "switch pane", "tab", "shift+tab"),
		Search:   b("/", "search", "/"),
		Actors:   b("a", "actors", "a"),
		ClearAll: b("x", "clear filter and search", "x"),

		NextExcerpt: b("n", "next passage", "n"),
		PrevExcerpt: b("N", "previous passage", "N"),

		ListUp:       b("↑", "up", "up", "ctrl+p"),
		ListDown:     b("↓", "down", "down", "ctrl+n"),
		ListPageUp:   b("pgup", "page up", "pgup"),
		ListPageDown: b("pgdn", "page down", "pgdown"),
		ListTop:      b("home", "first", "home"),
		ListBottom:   b("end", "last", "end"),
		Erase:        b("backspace", "delete a letter", "backspace"),
		Toggle:       b("space", "toggle actor", " "),
		SwitchMode:   b("ctrl+a", "any of / all of", "ctrl+a"),
		ClearActors:  b("ctrl+x", "clear actors", "ctrl+x"),
		// Documentation only: typing is handled as text, never matched.
		Narrow: b("type", "narrow the list", "\x00type"),
		Done:   b("enter", "done", "enter"),

		Apply:  b("enter", "keep search", "enter"),
		Cancel: b("esc", "clear search", "esc"),

		Edit: editKeys(),

		Help:      b("?", "help", "?"),
		Quit:      b("q", "quit", "q"),
		ForceQuit: b("ctrl+c", "quit", "ctrl+c"),
	}
}

// helpGroup is one titled column of the full help screen.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

// fullHelp groups every binding for the help screen, each naming every key
// it answers to (the short help names only the main ones).
func (k KeyMap) fullHelp() []helpGroup {
	groups := []helpGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}},
		{"Timeline and event", []key.Binding{k.Open, k.Back, k.History, k.Focus, k.Search, k.Actors, k.ClearAll}},
		{"Source reader", []key.Binding{k.NextExcerpt, k.PrevExcerpt, withDesc(k.Back, "back to event")}},
		{"Actor filter", []key.Binding{k.ListUp, k.ListDown, k.ListPageUp, k.ListPageDown, k.ListTop, k.ListBottom,
			k.Toggle, k.SwitchMode, k.ClearActors, k.Narrow, k.Erase, k.Done, withDesc(k.Back, "clear text, then close")}},
		{"Search", []key.Binding{k.Apply, k.Cancel,
			withDesc(k.Edit.CharacterBackward, "left"), withDesc(k.Edit.CharacterForward, "right"),
			withDesc(k.Edit.WordBackward, "word left"), withDesc(k.Edit.WordForward, "word right"),
			withDesc(k.Edit.LineStart, "start"), withDesc(k.Edit.LineEnd, "end"),
			withDesc(k.Edit.DeleteCharacterBackward, "delete left"), withDesc(k.Edit.DeleteCharacterForward, "delete right"),
			withDesc(k.Edit.DeleteWordBackward, "delete word left"), withDesc(k.Edit.DeleteWordForward, "delete word right"),
			withDesc(k.Edit.DeleteBeforeCursor, "delete to start"), withDesc(k.Edit.DeleteAfterCursor, "delete to end")}},
		{"Anywhere", []key.Binding{k.Help, k.Quit, k.ForceQuit}},
	}
	for _, g := range groups {
		for i, b := range g.bindings {
			g.bindings[i] = everyKey(b)
		}
	}
	return groups
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

// keyNames are how keys are written in help where their name is not.
var keyNames = map[string]string{
	" ": "space", "up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn", "\x00type": "type",
	"alt+left": "alt+←", "alt+right": "alt+→", "ctrl+left": "ctrl+←", "ctrl+right": "ctrl+→",
}

// everyKey is b with its help naming every key it answers to.
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
