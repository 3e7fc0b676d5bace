package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"parley/termsafe"
)

// writeJSON writes v as indented JSON. Besides what encoding/json escapes
// (C0 controls such as ESC), DEL, the C1 controls and the bidirectional
// controls are written as \u escapes too, so the JSON is plain text on a
// terminal and in an editor; JSON readers decode them back unchanged.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the TimelineJS text is HTML already escaped where it must be
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeControls(buf.Bytes()))
	return err
}

// escapeControls rewrites the characters a terminal could act on that
// encoding/json leaves raw. They can only occur inside JSON strings, where
// a \u escape means the same character.
func escapeControls(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == 0x7f || (r >= 0x80 && r < 0xa0) || termsafe.IsBidiControl(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}
