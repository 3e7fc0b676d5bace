package data

import (
	"strconv"
	"strings"
)

// itemIDs keeps the id an item was written with, by list and index, so
// that a problem can name the item it is in. Events are recorded only
// when they have a problem: a large dataset has few.
type itemIDs map[string]map[int]string

// add records the id of list[i], if it has one that is text.
func (ids itemIDs) add(list string, i int, v any) {
	obj, ok := v.(object)
	if !ok {
		return
	}
	if s, ok := obj.get("id"); ok {
		if id, ok := s.(string); ok {
			ids.set(list, i, strings.Clone(id)) // it may stand in a window of the file
		}
	}
}

// set records id as the id of list[i].
func (ids itemIDs) set(list string, i int, id string) {
	if ids[list] == nil {
		ids[list] = map[int]string{}
	}
	ids[list][i] = id
}

// all is every id recorded for a list, in index order.
func (ids itemIDs) all(list string) []string {
	out := make([]string, 0, len(ids[list]))
	for i := 0; len(out) < len(ids[list]); i++ {
		if id, ok := ids[list][i]; ok {
			out = append(out, id)
		}
	}
	return out
}

// of is the id of the item a path starts in: "geneva-summit" for
// events[6].date.start.
func (ids itemIDs) of(path string) string {
	list, rest, ok := strings.Cut(path, "[")
	if !ok {
		return ""
	}
	num, _, ok := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if !ok || err != nil {
		return ""
	}
	return ids[list][i]
}

// named is every problem noted, each with the id of its item.
func (r *reader) named() Problems {
	for i := range r.probs {
		r.probs[i].Item = r.ids.of(r.probs[i].Path)
	}
	return r.probs
}

// eventIDList is every event id met, sorted, for suggestions; made once.
func (r *reader) eventIDList() []string {
	if r.eventList == nil {
		r.eventList = r.events.sorted()
	}
	return r.eventList
}

// idList is every id of a list that is read whole before it is referred
// to (sources, actors), in order, for suggestions; made once.
func (r *reader) idList(list string) []string {
	if r.lists == nil {
		r.lists = map[string][]string{}
	}
	if _, ok := r.lists[list]; !ok {
		r.lists[list] = r.ids.all(list)
	}
	return r.lists[list]
}
