package data

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a dataset file: where and what.
type Problem struct {
	File string
	Path string // JSON path of the value, e.g. events[3].quotes[0].speaker; may be empty
	Msg  string
}

func (p Problem) String() string {
	if p.Path == "" {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Path, p.Msg)
}

// Problems is every problem found in one load; it is the error Load returns.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}
