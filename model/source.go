package model

import (
	"sort"
	"strings"
)

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
// byte at offset; 0 when offset is outside the text. It is the locator a
// citation gives. To look up many offsets, index the text once with
// ParagraphsOf.
func (s *Source) Paragraph(offset int) int { return ParagraphsOf(s.Text).At(offset) }

// Paragraphs indexes the paragraphs of a text: every block of lines set
// off by blank lines counts, a photo caption and a subheading too.
type Paragraphs struct {
	starts []int // byte offset of each paragraph's first line
	size   int   // the text's length
}

// ParagraphsOf indexes text in one pass.
func ParagraphsOf(text string) Paragraphs {
	p := Paragraphs{size: len(text)}
	inBlock := false
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text) - at
		}
		blank := strings.TrimSpace(text[at:at+end]) == ""
		if !blank && !inBlock {
			p.starts = append(p.starts, at)
		}
		inBlock = !blank
		at += end + 1
	}
	return p
}

// At is the 1-based number of the paragraph holding the byte at offset (a
// blank line counts with the paragraph before it, blank lines before the
// first with the first); 0 outside the text.
func (p Paragraphs) At(offset int) int {
	if offset < 0 || offset >= p.size {
		return 0
	}
	return max(1, sort.SearchInts(p.starts, offset+1))
}
