package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"parley/termsafe"
)

// WriteJSON writes v as indented JSON, "<" and "&" left as they are.
// Besides what encoding/json escapes (C0 controls such as ESC), DEL, the
// C1 controls and the bidirectional controls are written as \u escapes,
// so the JSON is plain text on a terminal and in an editor; JSON readers
// decode them back unchanged.
func WriteJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "<" in a quote stays "<"; TimelineJS text is HTML-escaped already
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeControls(buf.Bytes()))
	return err
}

// escapeControls rewrites the characters a terminal could act on that
// encoding/json leaves raw. They can only occur inside JSON strings, where
// a \u escape means the same character. b is returned as it is when it
// holds none, as nearly all output does.
func escapeControls(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == 0x7f || (r >= 0x80 && r < 0xa0) || termsafe.IsBidiControl(r) {
			if out == nil {
				out = append(make([]byte, 0, len(b)+64), b[:i]...)
			}
			out = fmt.Appendf(out, `\u%04x`, r)
		} else if out != nil {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	if out == nil {
		return b
	}
	return out
}
