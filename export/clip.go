package export

import (
	"strings"

	"parley/model"
)

// QuoteClip is a quote as the explorer copies it: the words in quotation
// marks (see quotedWords), who said them and how, and the citation of the
// passage.
func QuoteClip(ds *model.Dataset, q model.Quote) string {
	return quotedWords(q) + "\n— " + Attribution(ds, q) + "\n" + ExcerptCitation(ds, q.Excerpt) + "\n"
}

// ExcerptClip is an excerpt as the explorer copies it: the source's words
// verbatim in quotation marks, then the citation of their paragraph.
func ExcerptClip(ds *model.Dataset, x model.Excerpt) string {
	return "“" + x.Text + "”\n— " + ExcerptCitation(ds, x) + "\n"
}

// EventClip is an event as the explorer copies it: a Markdown block.
func EventClip(ds *model.Dataset, e *model.Event) string { return MarkdownEvent(ds, e) }

// TimelineClip is the events shown as the explorer copies them: the
// Markdown chronology.
func TimelineClip(v View) string {
	var b strings.Builder
	_ = Markdown(&b, v) // a strings.Builder takes every write
	return b.String()
}
