package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// sentence is one sentence of a source text; excerpts are whole sentences,
// so they stand verbatim in the text.
type sentence struct {
	source int
	para   int // paragraph number across the corpus: a run of sentences within one is verbatim
	text   string
}

// corpus is the generated source documents and the sentences they hold.
type corpus struct {
	texts     []string
	sentences []sentence
}

// newCorpus writes p.Sources documents of prose totalling about
// p.SourceBytes bytes. Sentences now and then name an actor, possess with a
// typographic apostrophe or quote someone, so loading does the same
// terminal-safety work as on real articles.
func newCorpus(r *rand.Rand, v *vocabulary, names []string, p Params) *corpus {
	c := &corpus{}
	per := p.SourceBytes / p.Sources
	para := 0
	for s := range p.Sources {
		var b strings.Builder
		for b.Len() < per {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			para++
			for k := range 2 + r.IntN(5) {
				if k > 0 {
					b.WriteByte(' ')
				}
				text := proseSentence(r, v, names)
				c.sentences = append(c.sentences, sentence{source: s, para: para, text: text})
				b.WriteString(text)
			}
		}
		c.texts = append(c.texts, b.String())
	}
	return c
}

func proseSentence(r *rand.Rand, v *vocabulary, names []string) string {
	words := make([]string, 0, 24)
	for range 5 + r.IntN(10) {
		words = append(words, v.word())
	}
	switch n := r.IntN(20); {
	case n < 6: // an actor acts
		at := r.IntN(len(words))
		words[at] = names[r.IntN(len(names))]
	case n < 8:
		at := r.IntN(len(words))
		words[at] += "’s"
	}
	if len(words) > 8 && r.IntN(3) == 0 {
		words[len(words)/2] += ","
	}
	words[0] = capitalised(words[0])
	text := strings.Join(words, " ") + "."
	if r.IntN(12) == 0 {
		text = fmt.Sprintf("“%s” %s said.", strings.TrimSuffix(text, "."), names[r.IntN(len(names))])
	}
	return text
}

func (c *corpus) pick(r *rand.Rand) sentence { return c.sentences[r.IntN(len(c.sentences))] }

// passage is up to n sentences of one paragraph from a random start, joined
// as the text has them: a longer excerpt that still stands verbatim.
func (c *corpus) passage(r *rand.Rand, n int) sentence {
	at := r.IntN(len(c.sentences))
	s := c.sentences[at]
	for k := at + 1; k < at+n && k < len(c.sentences) && c.sentences[k].para == s.para; k++ {
		s.text += " " + c.sentences[k].text
	}
	return s
}
