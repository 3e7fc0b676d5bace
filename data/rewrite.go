package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// RewriteStrings replaces string values in a JSON document, each named by
// its JSON path (as in Problem.Path) and given as its old and new text,
// and leaves every other byte as it was: the author's layout, order and
// escapes survive. It refuses, changing nothing, when a path does not
// hold its old text: the file is not what was checked.
func RewriteStrings(raw []byte, edits map[string]ExcerptFix) ([]byte, error) {
	spans, err := stringSpans(raw, edits)
	if err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(edits))
	for path := range edits {
		if _, ok := spans[path]; !ok {
			return nil, fmt.Errorf("%s: no string value there", path)
		}
		paths = append(paths, path)
	}
	sort.Slice(paths, func(i, j int) bool { return spans[paths[i]][0] < spans[paths[j]][0] })
	var out bytes.Buffer
	at := 0
	for _, path := range paths {
		span := spans[path]
		var old string
		if err := json.Unmarshal(raw[span[0]:span[1]], &old); err != nil || old != edits[path].Old {
			return nil, fmt.Errorf("%s: the file no longer holds the text that was checked", path)
		}
		out.Write(raw[at:span[0]])
		out.Write(quoteJSON(edits[path].New))
		at = span[1]
	}
	out.Write(raw[at:])
	return out.Bytes(), nil
}

// quoteJSON writes s as a JSON string, non-ASCII text and <, >, & as they
// are, as a person writing the file would.
func quoteJSON(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// stringSpans finds the byte span of the string literal at each wanted
// path. A key written twice counts by its last value, as the loader reads it.
func stringSpans(raw []byte, wanted map[string]ExcerptFix) (map[string][2]int, error) {
	type frame struct {
		path    string
		array   bool
		index   int
		key     string
		wantKey bool
	}
	var stack []frame
	spans := map[string][2]int{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return spans, nil
		}
		if err != nil {
			return nil, err
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			if n := len(stack); n > 0 && !stack[n-1].array {
				stack[n-1].wantKey = true
			}
			continue
		}
		path := ""
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			switch {
			case top.array:
				top.index++
				path = index(top.path, top.index)
			case top.wantKey:
				top.key, top.wantKey = tok.(string), false
				continue
			default:
				path = field(top.path, top.key)
				top.wantKey = true
			}
		}
		switch tok := tok.(type) {
		case json.Delim:
			stack = append(stack, frame{path: path, array: tok == '[', index: -1, wantKey: tok == '{'})
		case string:
			if _, ok := wanted[path]; ok {
				end := int(dec.InputOffset())
				start := before + bytes.IndexByte(raw[before:end], '"')
				spans[path] = [2]int{start, end}
			}
		}
	}
}
