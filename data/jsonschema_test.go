package data

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// The datasets parley ships validate against the schema it prints, as
// checked by a small checker of the keywords that schema uses.
func TestShippedDatasetsMatchTheSchema(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(JSONSchema(), &schema); err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	small, _ := json.Marshal(smallDoc())
	example, err := os.ReadFile("../examples/singapore-run-up.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, raw := range map[string][]byte{"embedded": EmbeddedJSON(), "example": example, "small": small} {
		var doc any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		if errs := checkSchema(schema, schema, doc, ""); len(errs) > 0 {
			t.Errorf("%s breaks the schema:\n%s", name, strings.Join(errs, "\n"))
		}
	}
	// And the checker can fail: what the loader refuses, the schema refuses.
	for name, breakIt := range map[string]func(map[string]any){
		"no actors":           func(d map[string]any) { event(d, 0)["actors"] = []any{} },
		"misspelt status":     func(d map[string]any) { event(d, 0)["status"] = "canceled" },
		"undated with basis":  func(d map[string]any) { event(d, 1)["date"] = map[string]any{"precision": "none", "basis": "stated"} },
		"record with no note": func(d map[string]any) { delete(event(d, 0)["date"].(map[string]any), "note") },
		"unknown field":       func(d map[string]any) { event(d, 0)["colour"] = "red" },
	} {
		doc := smallDoc()
		breakIt(doc)
		raw, _ := json.Marshal(doc)
		var v any
		_ = json.Unmarshal(raw, &v)
		if len(checkSchema(schema, schema, v, "")) == 0 {
			t.Errorf("%s: the schema accepts it", name)
		}
		if _, probs := loadDoc(t, doc); probs == nil {
			t.Errorf("%s: the loader accepts it", name)
		}
	}
}

// Every field the schema calls required is one the loader reports missing.
func TestSchemaRequiredFieldsAreTheLoaders(t *testing.T) {
	where := map[string]func(d map[string]any) (map[string]any, string){
		"dataset": func(d map[string]any) (map[string]any, string) { return d, "" },
		"source": func(d map[string]any) (map[string]any, string) {
			return d["sources"].([]any)[0].(map[string]any), "sources[0]"
		},
		"actor": func(d map[string]any) (map[string]any, string) {
			return d["actors"].([]any)[0].(map[string]any), "actors[0]"
		},
		"side": func(d map[string]any) (map[string]any, string) {
			return d["sides"].([]any)[0].(map[string]any), "sides[0]"
		},
		"date": func(d map[string]any) (map[string]any, string) {
			return event(d, 0)["date"].(map[string]any), "events[0].date"
		},
		"event": func(d map[string]any) (map[string]any, string) { return event(d, 0), "events[0]" },
		"participant": func(d map[string]any) (map[string]any, string) {
			return event(d, 0)["actors"].([]any)[0].(map[string]any), "events[0].actors[0]"
		},
		"excerpt": func(d map[string]any) (map[string]any, string) {
			return event(d, 0)["excerpts"].([]any)[0].(map[string]any), "events[0].excerpts[0]"
		},
		"quote": func(d map[string]any) (map[string]any, string) {
			return event(d, 1)["quotes"].([]any)[0].(map[string]any), "events[1].quotes[0]"
		},
		"link": func(d map[string]any) (map[string]any, string) {
			return event(d, 0)["related"].([]any)[0].(map[string]any), "events[0].related[0]"
		},
		"phase": func(d map[string]any) (map[string]any, string) {
			d["phases"] = withPhase()["phases"]
			return phase(d), "phases[0]"
		},
	}
	// Required only with other values, which schemaRules say.
	conditional := map[string]bool{"date.start": true, "date.end": true, "date.basis": true, "date.words": true, "date.note": true, "source.text": true, "source.text_file": true, "quote.speaker": true}
	for _, o := range objectSpecs {
		for _, f := range o.fields {
			doc := smallDoc()
			obj, path := where[o.name](doc)
			_, had := obj[f.name]
			delete(obj, f.name)
			_, probs := loadDoc(t, doc)
			missing := false
			for _, p := range probs {
				missing = missing || p.Path == field(path, f.name) && strings.HasPrefix(p.Msg, "required field is missing")
			}
			switch {
			case f.required && !missing:
				t.Errorf("%s.%s: the schema requires it, the loader does not:\n%v", o.name, f.name, probs)
			case !f.required && had && missing && !conditional[o.name+"."+f.name]:
				t.Errorf("%s.%s: the loader requires it, the schema does not", o.name, f.name)
			}
		}
	}
}

// checkSchema checks v against schema s (root holds the $defs), for the
// keywords parley's schema uses, and lists what fails.
func checkSchema(root, s map[string]any, v any, path string) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	sub := func(s any, v any, p string) []string { return checkSchema(root, s.(map[string]any), v, p) }
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		errs = append(errs, sub(root["$defs"].(map[string]any)[name], v, path)...)
	}
	obj, isObj := v.(map[string]any)
	list, isList := v.([]any)
	str, isStr := v.(string)
	num, isNum := v.(float64)
	switch s["type"] {
	case "object":
		if !isObj {
			fail("want an object")
		}
	case "array":
		if !isList {
			fail("want an array")
		}
	case "string":
		if !isStr {
			fail("want a string")
		}
	case "integer":
		if !isNum || num != float64(int64(num)) {
			fail("want an integer")
		}
	}
	if props, ok := s["properties"].(map[string]any); ok && isObj {
		for k, ps := range props {
			if x, ok := obj[k]; ok {
				errs = append(errs, sub(ps, x, path+"."+k)...)
			}
		}
		if s["additionalProperties"] == false {
			for k := range obj {
				if _, ok := props[k]; !ok {
					fail("field %s not allowed", k)
				}
			}
		}
	}
	if req, ok := s["required"].([]any); ok && isObj {
		for _, k := range req {
			if _, ok := obj[k.(string)]; !ok {
				fail("%s required", k)
			}
		}
	}
	if items, ok := s["items"]; ok && isList {
		for i, x := range list {
			errs = append(errs, sub(items, x, fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	if n, ok := s["minItems"].(float64); ok && isList && float64(len(list)) < n {
		fail("want at least %v items", n)
	}
	if n, ok := s["minimum"].(float64); ok && isNum && num < n {
		fail("below %v", n)
	}
	if p, ok := s["pattern"].(string); ok && isStr && !regexp.MustCompile(p).MatchString(str) {
		fail("%q does not match %s", str, p)
	}
	if enum, ok := s["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			found = found || e == v
		}
		if !found {
			fail("%v not in %v", v, enum)
		}
	}
	if c, ok := s["const"]; ok && c != v {
		fail("want %v", c)
	}
	passes := func(x any) bool { return len(sub(x, v, path)) == 0 }
	if all, ok := s["allOf"].([]any); ok {
		for _, x := range all {
			errs = append(errs, sub(x, v, path)...)
		}
	}
	if anyOf, ok := s["anyOf"].([]any); ok {
		n := 0
		for _, x := range anyOf {
			if passes(x) {
				n++
			}
		}
		if n == 0 {
			fail("matches none of anyOf")
		}
	}
	if oneOf, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, x := range oneOf {
			if passes(x) {
				n++
			}
		}
		if n != 1 {
			fail("matches %d of oneOf, want 1", n)
		}
	}
	if not, ok := s["not"]; ok && passes(not) {
		fail("matches what it must not")
	}
	if cond, ok := s["if"]; ok {
		branch := "else"
		if passes(cond) {
			branch = "then"
		}
		if x, ok := s[branch]; ok {
			errs = append(errs, sub(x, v, path)...)
		}
	}
	return errs
}

// A dataset may name its schema for an editor; parley ignores the name.
func TestDatasetMayNameItsSchema(t *testing.T) {
	doc := smallDoc()
	doc["$schema"] = "./parley.schema.json"
	if _, probs := loadDoc(t, doc); probs != nil {
		t.Errorf("a $schema field was refused:\n%v", probs)
	}
}
