package export

import "parley/model"

// QuoteClip is a quote as the explorer copies it: the words in quotation
// marks (see quotedWords), whose words they are (QuoteCredit), and the
// citation of the passage.
func QuoteClip(ds *model.Dataset, q model.Quote) string {
	return quotedWords(q) + "\n— " + QuoteCredit(ds, q) + "\n" + ExcerptCitation(ds, q.Excerpt) + "\n"
}

// ExcerptClip is an excerpt as the explorer copies it: the source's words
// verbatim in quotation marks, then the citation of their paragraph.
func ExcerptClip(ds *model.Dataset, x model.Excerpt) string {
	return "“" + x.Text + "”\n— " + ExcerptCitation(ds, x) + "\n"
}

// EventClip is an event as the explorer copies it: a Markdown block.
func EventClip(ds *model.Dataset, e *model.Event) string { return MarkdownEvent(ds, e) }

// TimelineClip is the events shown as the explorer copies them: the
// Markdown chronology, or false when it would pass max bytes (found
// without building the whole of a larger one).
func TimelineClip(v View, max int) (string, bool) { return markdown(v, max) }
