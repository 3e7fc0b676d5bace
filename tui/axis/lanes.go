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

// chooseLanes picks at most room lanes: the chosen actors when the filter
// names some, else the actors most involved in the events, in that order;
// one lane is given up for "other" when some events would have no lane.
func chooseLanes(ds *model.Dataset, events []*model.Event, actorsOf [][]string, chosen []string, room int) []lane {
	room = max(1, room)
	var ids []string
	if len(chosen) > 0 {
		ids = slices.Clone(chosen)
	} else {
		counts := ds.ActorCounts(events)
		order := map[string]int{}
		for i, a := range ds.Actors {
			order[a.ID] = i
		}
		for id := range counts {
			ids = append(ids, id)
		}
		slices.SortFunc(ids, func(a, b string) int {
			return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(order[a], order[b]), cmp.Compare(a, b))
		})
	}
	lanes, placedAll := fill(ds, ids[:min(len(ids), room)], actorsOf, false)
	if !placedAll {
		lanes, _ = fill(ds, ids[:min(len(ids), room-1)], actorsOf, true)
	}
	return lanes
}

// fill makes a lane for each id (and the other lane when withOther) and
// puts each event in the lanes of its actors. placedAll reports that no
// event was left without a lane.
func fill(ds *model.Dataset, ids []string, actorsOf [][]string, withOther bool) (lanes []lane, placedAll bool) {
	lanes = make([]lane, 0, len(ids)+1)
	at := make(map[string]int, len(ids))
	for _, id := range ids {
		at[id] = len(lanes)
		name := id
		if a := ds.Actor(id); a != nil {
			name = a.Name
		}
		lanes = append(lanes, lane{actorID: id, name: name})
	}
	if withOther {
		lanes = append(lanes, lane{name: otherName})
	}
	placedAll = true
	for i, actors := range actorsOf {
		placed := false
		for _, id := range actors {
			if k, ok := at[id]; ok {
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
