package model

import "strings"

// Source is one document the dataset is built from. Outlet and Author stay
// empty when the document does not name them: they are never guessed.
type Source struct {
	ID          string
	Title       string
	Outlet      string
	Author      string
	Published   Date // usually a range: the text rarely prints its own date
	PhotoCredit string
	Text        string // the full cleaned text every excerpt is found in
}

// Credit is the one-line attribution a reader header shows.
func (s *Source) Credit() string {
	outlet, author := s.Outlet, s.Author
	if outlet == "" {
		outlet = "outlet unknown"
	}
	if author == "" {
		author = "author unknown"
	}
	credit := outlet + " · " + author
	if s.PhotoCredit != "" {
		credit += " · photo: " + s.PhotoCredit
	}
	return credit
}

// Excerpt is an exact span of a source's text. Start and End are byte
// offsets into Source.Text, set by the loader once the span is found.
type Excerpt struct {
	SourceID   string
	Text       string
	Occurrence int // which occurrence of Text it is, from 1; 0 when not given (the first)
	Start      int
	End        int
}

// Paragraph is the 1-based number of the paragraph of Text that holds the
// byte at offset, counting every block of text set off by a blank line
// (a photo caption and a subheading count too); 0 when offset is outside
// the text. It is the locator a citation gives.
func (s *Source) Paragraph(offset int) int {
	if offset < 0 || offset >= len(s.Text) {
		return 0
	}
	n, inBlock := 0, false
	for _, line := range strings.SplitAfter(s.Text[:offset+1], "\n") {
		if strings.TrimSpace(line) == "" {
			if line != "" && line[len(line)-1] == '\n' {
				inBlock = false
			}
			continue
		}
		if !inBlock {
			n++
			inBlock = true
		}
	}
	return n
}
