package data

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"parley/model"
)

// walker reads a decoded JSON tree field by field, noting every problem
// with the JSON path where it sits instead of stopping at the first.
type walker struct {
	file    string
	text    textAt // the part of the file being read, to say where a key given twice sits
	probs   Problems
	suggest suggester
}

func (w *walker) fail(path, format string, args ...any) {
	w.note(Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// warn notes something worth a look that does not stop the dataset loading.
func (w *walker) warn(path, format string, args ...any) {
	w.note(Problem{Path: path, Msg: fmt.Sprintf(format, args...), Warning: true})
}

func (w *walker) note(p Problem) {
	p.File = w.file
	w.probs = append(w.probs, p)
}

func field(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// kindOf names a JSON value's type the way a dataset author thinks of it.
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	case object:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// object checks that v is an object with no fields outside allowed.
// It returns nil (after noting why) when v is not an object.
func (w *walker) object(path string, v any, allowed ...string) object {
	m, ok := v.(object)
	if !ok {
		w.fail(path, "want an object, found %s", kindOf(v))
		return nil
	}
	w.keysOnce(path, m)
	var unknown []string
	for _, f := range m {
		if !contains(allowed, f.key) && !contains(unknown, f.key) {
			unknown = append(unknown, f.key)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		w.fail(field(path, k), "unknown field (allowed: %s)", strings.Join(allowed, ", "))
	}
	return m
}

// keysOnce notes every key given twice in one object, with where each
// stands: the second value would silently replace the first.
func (w *walker) keysOnce(path string, m object) {
	for i := 1; i < len(m); i++ {
		for j := 0; j < i; j++ {
			if m[j].key == m[i].key {
				l1, c1 := w.text.lineCol(m[j].at)
				l2, c2 := w.text.lineCol(m[i].at)
				w.fail(field(path, m[i].key), "key given twice in one object (line %d, column %d and line %d, column %d); keep one", l1, c1, l2, c2)
				break
			}
		}
	}
}

// array reads obj[key] as an array; a missing key is an empty array unless
// required.
func (w *walker) array(path string, obj object, key string, required bool) []any {
	v, ok := obj.get(key)
	if !ok {
		if required {
			w.fail(field(path, key), "required field is missing")
		}
		return nil
	}
	a, ok := v.([]any)
	if !ok {
		w.fail(field(path, key), "want an array, found %s", kindOf(v))
		return nil
	}
	return a
}

// str reads obj[key] as a string; required ones must be present and not blank.
func (w *walker) str(path string, obj object, key string, required bool) string {
	v, ok := obj.get(key)
	if !ok {
		if required {
			w.fail(field(path, key), "required field is missing")
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		w.fail(field(path, key), "want a string, found %s", kindOf(v))
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		w.fail(field(path, key), "must not be empty")
	}
	return s
}

// oneOf reads a required string that must be one of the allowed values.
func oneOf[T ~string](w *walker, path string, obj object, key string, allowed []T) T {
	s := w.str(path, obj, key, true)
	if s == "" {
		return ""
	}
	for _, a := range allowed {
		if string(a) == s {
			return a
		}
	}
	w.fail(field(path, key), "%q is not one of %s%s", s, model.ValueList(allowed), w.suggest.didYouMean(s, model.Strings(allowed)))
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
