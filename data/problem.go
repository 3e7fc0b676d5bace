package data

import (
	"strconv"
	"strings"
)

// Problem is one thing wrong with a dataset file: where and what.
type Problem struct {
	File    string
	Path    string // JSON path of the value, e.g. events[3].quotes[0].speaker; may be empty
	Item    string // the id of the source, actor or event the path starts in, if it has one
	Msg     string
	Detail  []string // more lines: what was looked for and how to fix it
	Warning bool     // worth a look, but the dataset loads
	Fix     *ExcerptFix
}

// String is the problem on one line, FILE: PATH: message, with the
// item's id after its index so the author need not count:
// events[6] "geneva-summit".date.start.
func (p Problem) String() string {
	msg := p.Msg
	if p.Warning {
		msg = "warning: " + msg
	}
	return p.Where() + ": " + msg
}

// Where is FILE: PATH, the path with its item named, or FILE alone.
func (p Problem) Where() string {
	if p.Path == "" {
		return p.File
	}
	return p.File + ": " + p.namedPath()
}

// namedPath is Path with Item after the first index, unless the problem
// is with the id itself, which the message then quotes.
func (p Problem) namedPath() string {
	end := strings.IndexByte(p.Path, ']')
	if p.Item == "" || end < 0 || p.Path[end+1:] == ".id" {
		return p.Path
	}
	return p.Path[:end+1] + " " + strconv.Quote(p.Item) + p.Path[end+1:]
}

// Full is the problem with its detail lines, indented under it.
func (p Problem) Full() string {
	if len(p.Detail) == 0 {
		return p.String()
	}
	return p.String() + "\n  " + strings.Join(p.Detail, "\n  ")
}

// Problems is every problem found in one load; it is the error Load returns.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Full()
	}
	return strings.Join(lines, "\n")
}

// Errors counts the problems that are not warnings.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if !p.Warning {
			n++
		}
	}
	return n
}
