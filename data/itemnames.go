package data

import (
	"strconv"
	"strings"
)

// itemIDs keeps the id each source, actor and event was written with, by
// list and index, so that a problem can name the item it is in.
type itemIDs map[string][]string

// add records the id of list[i] (empty when it has none that is text).
func (ids itemIDs) add(list string, v any) {
	id := ""
	if obj, ok := v.(object); ok {
		if s, ok := obj.get("id"); ok {
			id, _ = s.(string)
		}
	}
	ids[list] = append(ids[list], id)
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
	if !ok || err != nil || i < 0 || i >= len(ids[list]) {
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
