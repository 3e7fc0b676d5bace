package axis

import (
	"cmp"
	"slices"

	"parley/model"
)

// lane is one row of the axis: an actor's events, or "other" for events
// whose actors have no row of their own.
type lane struct {
	actorID string // empty for the other lane
	name    string
	events  []int // positions in Model.events, ascending
}

// otherName labels the lane for events none of whose actors has a lane.
const otherName = "other"

// cast is the events' actors, numbered once per SetEvents so that laying
// out lanes (at every change of height) reads small integers instead of
// looking each event's actor ids up in a map.
type cast struct {
	ids    []string // an actor's id by its number
	start  []int32  // event i's actors are of[start[i]:start[i+1]]
	of     []int32
	ranked []int32 // the lane order: the chosen actors, else the most involved first
}

// newCast numbers the actors of events (pos: their timeline positions)
// and ranks them: the chosen ones in the order given, else by the number
// of events they are in, ties in the dataset's order of actors.
func newCast(ds *model.Dataset, pos []int, chosen []string) cast {
	c := cast{start: make([]int32, len(pos)+1)}
	num := map[string]int32{}
	number := func(id string) int32 {
		n, ok := num[id]
		if !ok {
			n = int32(len(c.ids))
			num[id] = n
			c.ids = append(c.ids, id)
		}
		return n
	}
	var buf []string
	for i, p := range pos {
		buf = ds.AppendActorIDs(buf[:0], p)
		for _, id := range buf {
			c.of = append(c.of, number(id))
		}
		c.start[i+1] = int32(len(c.of))
	}
	if len(chosen) > 0 {
		for _, id := range chosen {
			c.ranked = append(c.ranked, number(id))
		}
		return c
	}
	counts := make([]int, len(c.ids))
	for _, a := range c.of {
		counts[a]++
	}
	order := make([]int, len(c.ids)) // an unknown actor sorts as the first known one did before
	for i, a := range ds.Actors {
		if n, ok := num[a.ID]; ok {
			order[n] = i
		}
	}
	c.ranked = make([]int32, len(c.ids))
	for n := range c.ranked {
		c.ranked[n] = int32(n)
	}
	slices.SortFunc(c.ranked, func(a, b int32) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(order[a], order[b]), cmp.Compare(c.ids[a], c.ids[b]))
	})
	return c
}

func (c cast) actors(i int) []int32 { return c.of[c.start[i]:c.start[i+1]] }

// chooseLanes picks at most room lanes from the ranked actors; one lane
// is given up for "other" when some events would have no lane.
func chooseLanes(ds *model.Dataset, c cast, room int) []lane {
	room = max(1, room)
	r := c.ranked
	lanes, placedAll := fill(ds, c, r[:min(len(r), room)], false)
	if !placedAll {
		lanes, _ = fill(ds, c, r[:min(len(r), room-1)], true)
	}
	return lanes
}

// fill makes a lane for each actor (and the other lane when withOther)
// and puts each event in the lanes of its actors. placedAll reports that
// no event was left without a lane.
func fill(ds *model.Dataset, c cast, actors []int32, withOther bool) (lanes []lane, placedAll bool) {
	lanes = make([]lane, 0, len(actors)+1)
	at := make([]int32, len(c.ids))
	for i := range at {
		at[i] = -1
	}
	for _, a := range actors {
		at[a] = int32(len(lanes))
		id := c.ids[a]
		name := id
		if actor := ds.Actor(id); actor != nil {
			name = actor.Name
		}
		lanes = append(lanes, lane{actorID: id, name: name})
	}
	if withOther {
		lanes = append(lanes, lane{name: otherName})
	}
	placedAll = true
	for i := range len(c.start) - 1 {
		placed := false
		for _, a := range c.actors(i) {
			if k := at[a]; k >= 0 {
				lanes[k].events = append(lanes[k].events, i)
				placed = true
			}
		}
		switch {
		case placed:
		case withOther:
			lanes[len(lanes)-1].events = append(lanes[len(lanes)-1].events, i)
		default:
			placedAll = false
		}
	}
	return lanes, placedAll
}
