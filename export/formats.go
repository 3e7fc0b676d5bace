package export

import (
	"fmt"
	"io"
	"strings"
)

// Formats lists every format Write takes, in the order help shows them.
var Formats = []string{"markdown", "csv", "timelinejs", "csl-json"}

var writers = map[string]func(io.Writer, View) error{
	"markdown":   Markdown,
	"csv":        CSV,
	"timelinejs": TimelineJS,
	"csl-json":   CSLJSON,
}

// Write writes the view in the named format.
func Write(w io.Writer, format string, v View) error {
	write, ok := writers[format]
	if !ok {
		return fmt.Errorf("unknown export format %q (formats: %s)", format, strings.Join(Formats, ", "))
	}
	return write(w, v)
}

// Known reports whether Write takes format.
func Known(format string) bool { _, ok := writers[format]; return ok }
