package data

import (
	"fmt"
	"strings"

	"parley/model"
)

// wordsCited checks that every phrase of an event's date words stands in
// the text of a source the event cites, so the provenance a reader sees
// can be checked against the words it quotes. An event that cites no
// readable source has its problem elsewhere.
func (r *reader) wordsCited(path string, e *model.Event) {
	if strings.TrimSpace(e.Date.Words) == "" {
		return
	}
	excerpts := e.AllExcerpts()
	var texts, ids, near []string
	for _, x := range excerpts {
		src := r.sources[x.SourceID]
		if src == nil || r.unread[src.ID] {
			return
		}
		if !contains(ids, src.ID) {
			ids = append(ids, src.ID)
			texts = append(texts, src.Text)
		}
		near = append(near, x.Text)
	}
	if len(ids) == 0 {
		return
	}
	// Words are most often part of an excerpt: look there first, a few
	// hundred bytes, before the whole of each source.
	for _, phrase := range e.Date.Phrases() {
		if !containedIn(phrase, near) {
			r.wordsIn(path, phrase, texts, "the text of "+quoteAll(ids))
		}
	}
}

func containedIn(phrase string, texts []string) bool {
	for _, t := range texts {
		if strings.Contains(t, phrase) {
			return true
		}
	}
	return false
}

// wordsIn notes each phrase of words found in none of texts.
func (r *reader) wordsIn(path, words string, texts []string, where string) {
	if strings.TrimSpace(words) == "" {
		return
	}
	for _, phrase := range strings.Split(words, model.WordsSeparator) {
		if !containedIn(phrase, texts) {
			r.fail(field(path, "words"), "%q is not in %s: words quote the source verbatim (several phrases are joined by %q)", phrase, where, model.WordsSeparator)
		}
	}
}

func quoteAll(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("source %q", id)
	}
	return strings.Join(q, " or ")
}
