package gen

import (
	"math/rand/v2"
	"strings"
)

// common are real words mixed into the vocabulary so that searches typed by
// a person (or a benchmark) find something.
var common = strings.Fields(`summit talks envoy letter meeting sanctions treaty missile nuclear
	peace border visit statement press briefing delegation agreement proposal minister
	president leader declaration armistice negotiation ceasefire embassy capital trade
	security council vote inspection warhead site liaison office reunion family railway
	aid exchange cooperation dialogue tension warning pledge timeline schedule deadline
	official spokesperson report media cable memo interview speech reception banquet`)

var (
	onsets = strings.Fields("b c d f g h j k l m n p r s t v w y z ch sh th br gr kr st tr pl")
	nuclei = strings.Fields("a e i o u a e i o ai ea ou")
	codas  = []string{"", "", "", "n", "r", "s", "l", "m", "k", "t", "ng"}
)

// vocabulary is the words text is made of: the common words spread among
// generated ones, drawn later with a Zipf law so a few words are frequent
// and most are rare, as in prose.
type vocabulary struct {
	words []string
	zipf  *rand.Zipf
}

func newVocabulary(r *rand.Rand, size int) *vocabulary {
	seen := map[string]bool{}
	words := make([]string, 0, size)
	for len(words) < size-len(common) {
		w := pseudoWord(r, 1+r.IntN(3))
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	// Common words sit at fixed, spread-out ranks: each is frequent enough
	// to be found, none so frequent that it matches everything.
	for i, w := range common {
		at := min(8+i*7, len(words))
		words = append(words[:at], append([]string{w}, words[at:]...)...)
	}
	return &vocabulary{words: words, zipf: rand.NewZipf(r, 1.1, 2, uint64(len(words)-1))}
}

func (v *vocabulary) word() string { return v.words[v.zipf.Uint64()] }

// pseudoWord builds a pronounceable lower-case word of n syllables.
func pseudoWord(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(onsets[r.IntN(len(onsets))])
		b.WriteString(nuclei[r.IntN(len(nuclei))])
		b.WriteString(codas[r.IntN(len(codas))])
	}
	return b.String()
}

// capitalised upper-cases the first letter of an ASCII word.
func capitalised(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
