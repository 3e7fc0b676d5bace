package data

import "sort"

// object is a JSON object as the loader reads it: its members in the order
// written. A slice costs far less to build than a map, and an object here
// has a dozen members at most. A key written twice means its last value,
// as with encoding/json.
type object []member

type member struct {
	key string
	val any
	at  int // byte offset of the key's opening quote, for messages; 0 when not known
}

func (o object) get(key string) (any, bool) {
	for i := len(o) - 1; i >= 0; i-- {
		if o[i].key == key {
			return o[i].val, true
		}
	}
	return nil, false
}

// fromStd turns a tree built by encoding/json into the loader's own.
func fromStd(v any) any {
	switch t := v.(type) {
	case map[string]any:
		o := make(object, 0, len(t))
		for k, x := range t {
			o = append(o, member{key: k, val: fromStd(x)})
		}
		sort.Slice(o, func(i, j int) bool { return o[i].key < o[j].key })
		return o
	case []any:
		for i := range t {
			t[i] = fromStd(t[i])
		}
	}
	return v
}
