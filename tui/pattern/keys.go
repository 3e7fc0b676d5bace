package pattern

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the pattern view's keys; the explorer's keymap holds one so
// its help lists them.
type KeyMap struct {
	Up, Down, First, Last key.Binding // between steps
	Earlier, Later        key.Binding // which side of the step enter opens
	Open, Back            key.Binding
}

// DefaultKeyMap is vi keys and arrows, as in the rest of the explorer.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:      b("↑/k", "previous step", "up", "k"),
		Down:    b("↓/j", "next step", "down", "j"),
		First:   b("g/home", "first step", "g", "home"),
		Last:    b("G/end", "last step", "G", "end"),
		Earlier: b("←/h", "earlier phase's event", "left", "h"),
		Later:   b("→/l", "later phase's event", "right", "l"),
		Open:    b("enter", "open event", "enter"),
		Back:    b("esc", "back", "esc"),
	}
}

// ShortHelp is the few keys the status line has room for.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.Earlier, k.Later, k.Open, k.Back}
}

// FullHelp is every key of the view, for the help screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.First, k.Last}, {k.Earlier, k.Later, k.Open, k.Back}}
}
