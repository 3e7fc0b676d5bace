package model

import (
	"sort"
	"strings"
)

// Dataset is a loaded, validated sequence with the indexes its queries use.
// Build it with NewDataset; treat it as read-only afterwards.
type Dataset struct {
	Sources []*Source
	Actors  []*Actor
	Events  []*Event // timeline order: see Date.Before

	sourceByID map[string]*Source
	actorByID  map[string]*Actor
	eventByID  map[string]*Event
	position   map[*Event]int   // index into Events
	actorsOf   [][]string       // per position: every actor the event involves, once each
	eventsOf   map[string][]int // per actor: positions of its events, ascending
	haystack   []string         // per position: lower-cased searchable text
	incoming   map[string][]Related
}

// NewDataset orders the events and builds the indexes. It expects
// references to resolve (package data validates before calling it); a
// dangling one is simply left out of the indexes.
func NewDataset(sources []*Source, actors []*Actor, events []*Event) *Dataset {
	d := &Dataset{
		Sources:    sources,
		Actors:     actors,
		Events:     append([]*Event(nil), events...),
		sourceByID: make(map[string]*Source, len(sources)),
		actorByID:  make(map[string]*Actor, len(actors)),
		eventByID:  make(map[string]*Event, len(events)),
		position:   make(map[*Event]int, len(events)),
		eventsOf:   make(map[string][]int, len(actors)),
		incoming:   make(map[string][]Related),
	}
	for _, s := range sources {
		d.sourceByID[s.ID] = s
	}
	for _, a := range actors {
		d.actorByID[a.ID] = a
	}
	sort.SliceStable(d.Events, func(i, j int) bool { return d.Events[i].Date.Before(d.Events[j].Date) })
	d.actorsOf = make([][]string, len(d.Events))
	d.haystack = make([]string, len(d.Events))
	for i, e := range d.Events {
		d.eventByID[e.ID] = e
		d.position[e] = i
		d.actorsOf[i] = involvedActors(e)
		for _, id := range d.actorsOf[i] {
			d.eventsOf[id] = append(d.eventsOf[id], i)
		}
		d.haystack[i] = searchText(e)
	}
	for _, e := range d.Events {
		for _, l := range e.Links {
			if _, ok := d.eventByID[l.EventID]; ok {
				d.incoming[l.EventID] = append(d.incoming[l.EventID], Related{Event: e, Kind: l.Kind, Inverse: true, Note: l.Note})
			}
		}
	}
	return d
}

// involvedActors is every actor an event involves: participants, quote
// speakers and the outlets that reported the quotes, each once.
func involvedActors(e *Event) []string {
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, p := range e.Participants {
		add(p.ActorID)
	}
	for _, q := range e.Quotes {
		add(q.SpeakerID)
		add(q.ReportedByID)
	}
	return ids
}

// searchText joins what search looks in: title, summary, quotes, excerpts.
func searchText(e *Event) string {
	var b strings.Builder
	b.WriteString(e.Title)
	b.WriteByte('\n')
	b.WriteString(e.Summary)
	for _, q := range e.Quotes {
		b.WriteByte('\n')
		b.WriteString(q.Text)
	}
	for _, x := range e.AllExcerpts() {
		b.WriteByte('\n')
		b.WriteString(x.Text)
	}
	return strings.ToLower(b.String())
}

// Source, Actor and Event look up by id; nil when unknown.
func (d *Dataset) Source(id string) *Source { return d.sourceByID[id] }
func (d *Dataset) Actor(id string) *Actor   { return d.actorByID[id] }
func (d *Dataset) Event(id string) *Event   { return d.eventByID[id] }

// Index is e's place in the timeline (its index in Events), -1 when e is
// not part of the dataset. Constant time, for keeping a selection across
// queries.
func (d *Dataset) Index(e *Event) int {
	if pos, ok := d.position[e]; ok {
		return pos
	}
	return -1
}

// ActorsOf is every actor an event involves, in the order the event names them.
func (d *Dataset) ActorsOf(e *Event) []*Actor {
	pos, ok := d.position[e]
	if !ok {
		return nil
	}
	out := make([]*Actor, 0, len(d.actorsOf[pos]))
	for _, id := range d.actorsOf[pos] {
		if a := d.actorByID[id]; a != nil {
			out = append(out, a)
		}
	}
	return out
}

// FindActor resolves a user's word for an actor: its id or its name,
// case-insensitively. nil when nothing matches.
func (d *Dataset) FindActor(word string) *Actor {
	if a := d.actorByID[word]; a != nil {
		return a
	}
	for _, a := range d.Actors {
		if strings.EqualFold(a.ID, word) || strings.EqualFold(a.Name, word) {
			return a
		}
	}
	return nil
}
