package model

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
