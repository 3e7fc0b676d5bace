package tui

import (
	"strconv"
	"strings"
	"time"

	"parley/model"
	"parley/tui/internal/ink"
)

// context is what every pane shares: the dataset, the keymap, the styles
// and what is derived from the dataset once (colours, column widths).
type context struct {
	ds         *model.Dataset
	keys       KeyMap
	st         *styles
	actorStyle map[string]ink.Ink
	year       string // the one year every dated event falls in, else ""
	dateWidth  int    // widest row date in the dataset, for the timeline column
	titleWidth int    // widest title in the dataset (capped), for the split
	// phasesOf is every phase that lists an event, in dataset order; the
	// timeline heads each run of events in the same phases with them.
	phasesOf map[*model.Event][]*model.Phase
	phased   []uint64 // a bit for each position in ds.Events that phasesOf has
	notes    Notebook
	unstated bool // some event has no stated status (an import): the help names it
	// The search index and the sizes from which a search waits for it
	// and a changed filter is queried on a goroutine, and how long a key
	// waits for that goroutine (query.go); a test lowers them and holds
	// the index back.
	index          indexer
	indexFrom      int
	backgroundFrom int
	queryWait      time.Duration
}

func newContext(ds *model.Dataset, mono bool) *context {
	c := &context{ds: ds, keys: DefaultKeyMap(), st: newStyles(mono), actorStyle: map[string]ink.Ink{},
		// Below backgroundFrom a search builds the index in place if it
		// must (tens of milliseconds), as its result is awaited in place.
		index: ds, indexFrom: backgroundFrom, backgroundFrom: backgroundFrom, queryWait: queryWait}
	for i, a := range ds.Actors {
		c.actorStyle[a.ID] = c.st.actors[i%len(c.st.actors)]
	}
	// One pass at start-up, never per frame.
	c.year = oneYear(ds.Events)
	var prev model.Date
	for i, e := range ds.Events {
		c.titleWidth = max(c.titleWidth, min(width(flatten(e.Title)), 80))
		c.unstated = c.unstated || e.Status == model.StatusUnstated
		d := e.Date
		// Events sharing a date sit together in timeline order: each run
		// of them is measured once.
		if i > 0 && d.Precision == prev.Precision && d.Part == prev.Part && d.Start.Equal(prev.Start) && d.End.Equal(prev.End) {
			continue
		}
		prev = d
		c.dateWidth = max(c.dateWidth, width(c.rowDate(d)))
	}
	c.dateWidth = min(c.dateWidth, 24)
	c.phasesOf = map[*model.Event][]*model.Phase{}
	for _, p := range ds.Phases {
		for _, e := range ds.PhaseEvents(p) {
			c.phasesOf[e] = append(c.phasesOf[e], p)
		}
	}
	c.phased = make([]uint64, (len(ds.Events)+63)/64)
	for e := range c.phasesOf {
		if pos := ds.Index(e); pos >= 0 {
			c.phased[pos>>6] |= 1 << (pos & 63)
		}
	}
	return c
}

// oneYear is the year all dated events fall in ("2018"), or "" when they
// span several or none is dated.
func oneYear(events []*model.Event) string {
	year := 0
	for _, e := range events {
		if !e.Date.Dated() {
			continue
		}
		years := []int{e.Date.Start.Year()}
		if !e.Date.End.IsZero() {
			years = append(years, e.Date.End.Year())
		}
		for _, y := range years {
			if year != 0 && y != year {
				return ""
			}
			year = y
		}
	}
	if year == 0 {
		return ""
	}
	return strconv.Itoa(year)
}

// rowDate is a date as the timeline's rows show it: without the year when
// every event falls in the same one, which the pane's title then names.
func (c *context) rowDate(d model.Date) string {
	s := d.Display()
	if c.year == "" || !d.Dated() {
		return s
	}
	if short := strings.TrimSuffix(s, " "+c.year); short != "" {
		return short
	}
	return s
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
