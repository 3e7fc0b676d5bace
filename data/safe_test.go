package data

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"parley/model"
	"parley/termsafe"
)

const hostile = "\x1b]52;c;cm0gLXJmIC8=\x07\x1b[2J\x1b]0;pwned\x07\x1b[5A\u009b1m\x00\r\t"

// poison adds hostile bytes to every text value of a decoded JSON tree,
// except ids and enums, which the schema restricts anyway.
func poison(v any, key string) any {
	switch x := v.(type) {
	case map[string]any:
		for k, child := range x {
			x[k] = poison(child, k)
		}
	case []any:
		for i, child := range x {
			x[i] = poison(child, key)
		}
	case string:
		switch key {
		case "schema", "id", "kind", "side", "status", "precision", "start", "end", "part", "basis",
			"actor", "speaker", "reported_by", "source", "event":
			return x
		case "text": // excerpts must stay verbatim, so source and excerpts are poisoned alike
			return strings.ReplaceAll(x, " ", hostile+" ")
		}
		return hostile + x + hostile
	}
	return v
}

func TestHostileTextIsMadeSafeAndRawIsKept(t *testing.T) {
	doc := smallDoc()
	poisoned := poison(doc, "").(map[string]any)
	loaded, probs := loadDoc(t, poisoned)
	if probs != nil {
		t.Fatalf("a dataset with escape sequences in its text must still load:\n%v", probs)
	}
	walkStrings(reflect.ValueOf(loaded.Safe.Events), "events", func(where, s string) { assertTerminalSafe(t, where, s) })
	walkStrings(reflect.ValueOf(loaded.Safe.Actors), "actors", func(where, s string) { assertTerminalSafe(t, where, s) })
	walkStrings(reflect.ValueOf(loaded.Safe.Sources), "sources", func(where, s string) { assertTerminalSafe(t, where, s) })

	if got := loaded.Raw.Event("meeting").Title; !strings.Contains(got, "\x1b]52;") {
		t.Errorf("raw title lost its bytes: %q", got)
	}
	if got := loaded.Safe.Event("meeting").Title; strings.TrimSpace(got) != "Envoys meet Kim" { // the tab became spaces
		t.Errorf("safe title = %q", got)
	}
	x := loaded.Safe.Event("meeting").Excerpts[0]
	if src := loaded.Safe.Source("article").Text; x.Start < 0 || src[x.Start:x.End] != x.Text {
		t.Errorf("the cleaned excerpt %q is not found again in the cleaned source", x.Text)
	}
}

// walkStrings calls fn with every string reachable from v, and where it is.
func walkStrings(v reflect.Value, where string, fn func(where, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), where, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), where+"["+strconv.Itoa(i)+"]", fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), where+"."+v.Type().Field(i).Name, fn)
			}
		}
	case reflect.String:
		fn(where, v.String())
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(EmbeddedJSON())
	small, _ := json.Marshal(smallDoc())
	f.Add(small)
	f.Add([]byte(`{"schema":"parley/1","sources":[],"actors":[],"events":[{"date":{"precision":"range","start":"2018-09-20","end":"2018-01-01"}}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		loaded, err := Load("fuzz.json", raw, func(string) ([]byte, error) { return []byte(smallText), nil })
		if err != nil {
			return
		}
		// Whatever loads is safe to show and usable by every query.
		ds := loaded.Safe
		walkStrings(reflect.ValueOf(ds.Events), "events", func(where, s string) { assertTerminalSafe(t, where, s) })
		ds.ActorCounts(ds.Query(model.Filter{Search: "a"}))
		for _, e := range ds.Events {
			ds.Related(e)
			_ = e.Date.Display()
			for _, x := range e.AllExcerpts() {
				if src := ds.Source(x.SourceID); x.Start >= 0 && src.Text[x.Start:x.End] != x.Text {
					t.Fatalf("excerpt span [%d:%d] does not hold %q", x.Start, x.End, x.Text)
				}
			}
		}
	})
}

// assertTerminalSafe fails when s holds what a terminal would act on.
func assertTerminalSafe(t *testing.T, where, s string) {
	t.Helper()
	if err := termsafe.Check(s); err != nil {
		t.Errorf("%s: %v", where, err)
	}
}
