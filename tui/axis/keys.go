package axis

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the axis's keys. The explorer's keymap holds one, so the
// explorer's help lists these bindings with the rest.
type KeyMap struct {
	Prev, Next       key.Binding // the previous or next event in time
	First, Last      key.Binding
	LaneUp, LaneDown key.Binding
	ZoomIn, ZoomOut  key.Binding // around the selected event
	Fit              key.Binding // the whole filtered range
	Collapse         key.Binding // collapsed or full scale
	Open, Back       key.Binding
}

// DefaultKeyMap is vi keys and arrows, as in the rest of the explorer.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Prev:     b("←/h", "earlier event", "left", "h"),
		Next:     b("→/l", "later event", "right", "l"),
		First:    b("g/home", "first event", "g", "home"),
		Last:     b("G/end", "last event", "G", "end"),
		LaneUp:   b("↑/k", "lane up", "up", "k"),
		LaneDown: b("↓/j", "lane down", "down", "j"),
		ZoomIn:   b("+", "zoom in", "+"),
		ZoomOut:  b("-", "zoom out", "-"),
		Fit:      b("=", "fit all", "="),
		Collapse: b("c", "collapse gaps / full scale", "c"),
		Open:     b("enter", "open event", "enter"),
		Back:     b("esc", "back to list", "esc"),
	}
}

// ShortHelp is the few keys the status line has room for.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Prev, k.Next, k.LaneDown, k.ZoomIn, k.ZoomOut, k.Fit, k.Collapse, k.Open, k.Back}
}

// FullHelp is every axis key, for the help screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Prev, k.Next, k.First, k.Last, k.LaneUp, k.LaneDown}, {k.ZoomIn, k.ZoomOut, k.Fit, k.Collapse, k.Open, k.Back}}
}
