package export

import (
	"fmt"
	"strings"

	"parley/model"
)

// Citation is a Chicago notes-style note for a newspaper article:
//
//	Author, "Title," Outlet, 10 Sep 2018, par. 5.
//
// What the source does not name stays unknown in so many words ("outlet
// unknown", "author unknown"), never guessed; the publication date carries
// its precision and, when it is not printed in the source, how it was
// found ("10–13 Sep 2018 (inferred)"). paragraph is the locator; 0 leaves
// it out.
func Citation(s *model.Source, paragraph int) string {
	var b strings.Builder
	if s.Author != "" {
		b.WriteString(s.Author + ", ")
	}
	// Chicago puts the comma after a title inside its quotation marks.
	b.WriteString("“" + s.Title + ",” " + orUnknown(s.Outlet, "outlet"))
	if s.Author == "" {
		b.WriteString(", author unknown")
	}
	b.WriteString(", " + PublishedWords(s.Published))
	if paragraph > 0 {
		fmt.Fprintf(&b, ", par. %d", paragraph)
	}
	b.WriteString(".")
	return b.String()
}

// ExcerptCitation cites the source an excerpt comes from, at the paragraph
// the excerpt starts in; "source unknown" when the dataset lacks it.
func ExcerptCitation(ds *model.Dataset, x model.Excerpt) string { return newCiter(ds).cite(x) }

// citer cites excerpts, indexing each source's paragraphs once: a
// chronology cites thousands of passages of the same text.
type citer struct {
	ds    *model.Dataset
	paras map[string]model.Paragraphs
}

func newCiter(ds *model.Dataset) *citer {
	return &citer{ds: ds, paras: map[string]model.Paragraphs{}}
}

func (c *citer) cite(x model.Excerpt) string {
	s := c.ds.Source(x.SourceID)
	if s == nil {
		return "source unknown (" + x.SourceID + ")."
	}
	p, ok := c.paras[s.ID]
	if !ok {
		p = model.ParagraphsOf(s.Text)
		c.paras[s.ID] = p
	}
	return Citation(s, p.At(x.Start))
}

// PublishedWords is a publication date as a citation gives it: the day,
// month or range, then how it is known when the source does not print it.
func PublishedWords(d model.Date) string {
	if !d.Dated() {
		return "date unknown"
	}
	words := d.Display()
	if d.Precision == model.PrecisionDay {
		words = d.Start.Format("2 Jan 2006") // a citation gives no weekday
	}
	switch d.Basis {
	case model.BasisInferred:
		words += " (inferred)"
	case model.BasisRecord:
		words += " (from public record)"
	}
	return words
}

func orUnknown(s, what string) string {
	if strings.TrimSpace(s) == "" {
		return what + " unknown"
	}
	return s
}
