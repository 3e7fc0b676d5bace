package tui

import (
	"github.com/charmbracelet/lipgloss"

	"parley/model"
)

// context is what every pane shares: the dataset, the keymap, the styles
// and what is derived from the dataset once (colours, column widths).
type context struct {
	ds         *model.Dataset
	keys       KeyMap
	st         *styles
	actorStyle map[string]lipgloss.Style
	dateWidth  int // widest date label in the dataset, for the timeline column
}

func newContext(ds *model.Dataset, mono bool) *context {
	c := &context{ds: ds, keys: DefaultKeyMap(), st: newStyles(mono), actorStyle: map[string]lipgloss.Style{}}
	for i, a := range ds.Actors {
		c.actorStyle[a.ID] = c.st.actors[i%len(c.st.actors)]
	}
	// One pass at start-up, never per frame. Events sharing a date sit
	// together in timeline order: each run of them is measured once.
	var prev model.Date
	for i, e := range ds.Events {
		d := e.Date
		if i > 0 && d.Precision == prev.Precision && d.Part == prev.Part && d.Start.Equal(prev.Start) && d.End.Equal(prev.End) {
			continue
		}
		prev = d
		c.dateWidth = max(c.dateWidth, width(d.Display()))
	}
	c.dateWidth = min(c.dateWidth, 24)
	return c
}

// actorName is the actor's name as shown, its id when the dataset lacks it.
func (c *context) actorName(id string) string {
	if a := c.ds.Actor(id); a != nil {
		return flatten(a.Name)
	}
	return id
}

// actor renders an actor's name in its colour.
func (c *context) actor(id string) string {
	return c.actorStyle[id].Render(c.actorName(id))
}
