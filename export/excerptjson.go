package export

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"parley/model"
)

// ExcerptJSON is the passage x of src as a dataset's excerpt object, to
// paste into an event's "excerpts" or a quote's "excerpt":
//
//	{"source": "id", "text": "…", "occurrence": 2}
//
// The text is src's bytes between x's offsets, exactly; "occurrence"
// (from 1, overlapping places counted, as the loader counts them) is
// there only when the text stands in src more than once. src must be the
// source as the dataset file has it, not a terminal-safe copy. ok is
// false when x has no place in src.
func ExcerptJSON(src *model.Source, x model.Excerpt) (string, bool) {
	if src == nil || x.Start < 0 || x.End > len(src.Text) || x.Start >= x.End {
		return "", false
	}
	text := src.Text[x.Start:x.End]
	var b strings.Builder
	b.WriteString(`{"source": ` + jsonString(src.ID) + `, "text": ` + jsonString(text))
	if n, more := occurrence(src.Text, text, x.Start); n > 1 || more {
		b.WriteString(`, "occurrence": ` + strconv.Itoa(n))
	}
	b.WriteString("}")
	return b.String(), true
}

// occurrence is which place of sub in text starts at start, from 1, and
// whether sub stands in text after it too.
func occurrence(text, sub string, start int) (n int, more bool) {
	for from := 0; from <= start; {
		i := strings.Index(text[from:], sub)
		if i < 0 || from+i > start {
			break
		}
		n++
		from += i + 1
	}
	return n, strings.Contains(text[start+1:], sub)
}

// jsonString is s as a JSON string, "<" and "&" as they are and every
// character a terminal could act on escaped (see WriteJSON).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return string(escapeControls(bytes.TrimSuffix(b.Bytes(), []byte("\n"))))
}
