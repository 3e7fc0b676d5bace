package data

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"parley/model"
)

// locate sets the excerpt's span to the place its text stands in the
// source text (its Occurrence-th, or the first), reporting whether there
// is one.
func locate(x *model.Excerpt, text string) bool {
	at, from := -1, 0
	for n := max(1, x.Occurrence); n > 0 && x.Text != ""; n-- {
		i := strings.Index(text[from:], x.Text)
		if i < 0 {
			at = -1
			break
		}
		at = from + i
		from = at + 1
	}
	if at < 0 {
		x.Start, x.End = -1, -1
		return false
	}
	x.Start, x.End = at, at+len(x.Text)
	return true
}

// occurrence reads the optional occurrence field: a whole number from 1;
// 0 when absent, -1 when not a whole number from 1.
func (r *reader) occurrence(path string, obj object) int {
	v, ok := obj.get("occurrence")
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(string(asNumber(v)))
	if err != nil || n < 1 {
		r.fail(field(path, "occurrence"), "want a whole number from 1 (which occurrence of the text in the source), found %s", describeValue(v))
		return -1
	}
	return n
}

func asNumber(v any) json.Number {
	n, _ := v.(json.Number)
	return n
}

func describeValue(v any) string {
	if n, ok := v.(json.Number); ok {
		return string(n)
	}
	return kindOf(v)
}

// warnRepeated warns of an excerpt that stands n times (10: or more) in
// its source when the author has not said which occurrence is meant:
// parley takes the first, which may be the wrong one.
func (r *reader) warnRepeated(path string, x model.Excerpt, n int) {
	more := ""
	if n == 10 {
		more = " or more"
	}
	r.warn(field(path, "text"), "occurs %s%s in source %q; parley uses the first: add \"occurrence\": N to say which, or lengthen the text", times(n), more, x.SourceID)
}

// countOccurrences counts the places sub stands in text, overlapping ones
// too, stopping at limit.
func countOccurrences(text, sub string, limit int) int {
	n := 0
	for from := 0; n < limit; n++ {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			break
		}
		from += i + 1
	}
	return n
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
