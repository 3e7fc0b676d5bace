package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley/model"
)

// The fast path (parser and stream) must load exactly what the reference
// path (encoding/json and readDocument on the whole tree) loads, and report
// exactly the same problems in the same order.

// referenceLoad is Load as it was before streaming: the whole tree from
// encoding/json, then readDocument, and always two datasets.
func referenceLoad(name string, raw []byte, open func(string) ([]byte, error)) (*Loaded, error) {
	root, err := decode(raw)
	if err != nil {
		return nil, Problems{{File: name, Msg: err.Error()}}
	}
	r := &reader{walker: walker{file: name}, open: open}
	doc := r.readDocument(fromStd(root))
	probs := r.named()
	if probs.Errors() > 0 {
		return nil, probs
	}
	safe, _ := safeCopy(doc)
	return &Loaded{Name: name, Raw: newDataset(doc), Safe: newDataset(safe), Warnings: probs}, nil
}

func sameLoad(t *testing.T, label string, raw []byte) {
	t.Helper()
	open := func(string) ([]byte, error) { return []byte(smallText), nil }
	got, gotErr := Load("f.json", raw, open)
	want, wantErr := referenceLoad("f.json", raw, open)
	if twice, rest := withoutKeysGivenTwice(gotErr); twice {
		// encoding/json keeps a repeated key's last value without a word:
		// the reference cannot see what the loader reports, so the rest
		// must match and nothing more is compared.
		if !reflect.DeepEqual(rest, wantErr) && (rest != nil || wantErr != nil) {
			t.Fatalf("%s: besides keys given twice, error\n%v\nwant\n%v", label, rest, wantErr)
		}
		return
	}
	if !reflect.DeepEqual(gotErr, wantErr) {
		t.Fatalf("%s: error\n%v\nwant\n%v", label, gotErr, wantErr)
	}
	if wantErr != nil {
		return
	}
	for _, pair := range [][2]*model.Dataset{{got.Raw, want.Raw}, {got.Safe, want.Safe}} {
		g, w := pair[0], pair[1]
		if !sameList(g.Sources, w.Sources) || !sameList(g.Actors, w.Actors) || !sameList(g.Events, w.Events) || !sameList(g.Phases, w.Phases) {
			t.Fatalf("%s: loaded dataset differs from the reference", label)
		}
	}
}

// withoutKeysGivenTwice drops the loader's "key given twice" problems,
// reporting whether there were any; nil when none are left.
func withoutKeysGivenTwice(err error) (bool, error) {
	probs, _ := err.(Problems)
	var rest Problems
	for _, p := range probs {
		if !strings.HasPrefix(p.Msg, "key given twice in one object") {
			rest = append(rest, p)
		}
	}
	if len(rest) == len(probs) {
		return false, err
	}
	if len(rest) == 0 {
		return true, nil
	}
	return true, rest
}

// sameList is reflect.DeepEqual except that a nil list and an empty one are
// the same: the reference always copies, the fast path may share a nil one.
func sameList[T any](a, b []T) bool {
	return (len(a) == 0 && len(b) == 0) || reflect.DeepEqual(a, b)
}

// variants are the document and versions of it the stream must decline or
// handle: fields reordered, events not last, a forward link to nowhere.
func variants(t *testing.T, raw []byte) map[string][]byte {
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return map[string][]byte{"as is": raw}
	}
	sorted, _ := json.Marshal(doc) // keys sorted: events before schema and sources
	out := map[string][]byte{"as is": raw, "keys sorted": sorted}
	if events, ok := doc["events"].([]any); ok && len(events) > 0 {
		if e, ok := events[0].(map[string]any); ok {
			e["related"] = []any{map[string]any{"event": "nowhere-at-all", "kind": "parallels"}}
			e["extra"] = true
		}
		withLink, _ := json.Marshal(doc)
		out["forward link to nowhere"] = withLink
	}
	return out
}

func TestStreamLoadsWhatTheTreeLoads(t *testing.T) {
	inputs := map[string][]byte{"embedded": EmbeddedJSON()}
	small, _ := json.Marshal(smallDoc())
	inputs["small"] = small
	files, _ := filepath.Glob("testdata/hostile/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(f)] = b
	}
	for name, raw := range inputs {
		for v, b := range variants(t, raw) {
			sameLoad(t, name+", "+v, b)
		}
	}
	for _, bad := range []string{"", " ", "{", `{"events":[}`, `{"events":[]} x`, `{"events":[],}`, `[1,2]`, `{"schema":"parley/1"}`,
		`{"events":[{"id":"a","related":[{"event":"b"}]},{"id":"b"}]}`, "{\"events\":[\"\xff\"]}", `{"events":[1e400,-0.5E-2]}`} {
		sameLoad(t, strings.ToValidUTF8(bad, "?"), []byte(bad))
	}
}

func FuzzStreamLoadsWhatTheTreeLoads(f *testing.F) {
	f.Add(EmbeddedJSON())
	small, _ := json.Marshal(smallDoc())
	f.Add(small)
	f.Add([]byte(`{"schema":"parley/1","sources":[],"actors":[],"events":[{"id":"a","related":[{"event":"b","kind":"cancels"}]}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) { sameLoad(t, "fuzz", raw) })
}

// The parser accepts nothing encoding/json rejects and builds the same tree.
func FuzzParserMatchesEncodingJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,-2.5e3,true,false,null,"x\u00e9\ud83d\ude00\n"]}`, `"\ud800"`, "\"\xff\xfe\"", `[]`, `{}`, `0`, `"\/"`} {
		f.Add([]byte(s))
	}
	f.Add(EmbeddedJSON())
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, ok := parseAll(string(raw))
		if !ok {
			return // the loader asks encoding/json instead
		}
		want, err := decode(raw)
		if err != nil {
			t.Fatalf("parser accepted what encoding/json rejects: %v", err)
		}
		if got := toStd(got); !reflect.DeepEqual(got, want) {
			t.Fatalf("parser built %#v, encoding/json %#v", got, want)
		}
	})
}

// toStd turns the loader's tree into encoding/json's, a key written twice
// keeping its last value.
func toStd(v any) any {
	switch t := v.(type) {
	case object:
		m := map[string]any{}
		for _, f := range t {
			m[f.key] = toStd(f.val)
		}
		return m
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = toStd(x)
		}
		return out
	}
	return v
}
