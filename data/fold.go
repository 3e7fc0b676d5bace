package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A unit is one character of a text as the excerpt diagnosis compares
// texts: a run of white space, a run of dashes ("--" or "—") and an
// ellipsis ("..." or "…") are each one unit, so that typing them another
// way does not shift what follows. key is what the unit folds to;
// typographic variants and upper and lower case share a key.
type unit struct {
	start, end int // byte span in the text
	key        rune
	class      unitClass
}

type unitClass int

const (
	classOther unitClass = iota
	classSpace
	classQuote
	classDash
	classEllipsis
)

// nextUnit reads the unit that starts at s[i].
func nextUnit(s string, i int) unit {
	r, size := utf8.DecodeRuneInString(s[i:])
	u := unit{start: i, end: i + size, key: unicode.ToLower(r)}
	switch {
	case isSpace(r):
		u.key, u.class, u.end = ' ', classSpace, runEnd(s, u.end, isSpace)
	case isDash(r):
		u.key, u.class, u.end = '-', classDash, runEnd(s, u.end, isDash)
	case r == '…' || strings.HasPrefix(s[i:], "..."):
		u.key, u.class = '…', classEllipsis
		if r == '.' {
			u.end = i + 3
		}
	case strings.ContainsRune(singleQuotes, r):
		u.key, u.class = '\'', classQuote
	case strings.ContainsRune(doubleQuotes, r):
		u.key, u.class = '"', classQuote
	}
	return u
}

// runEnd is where the run of runes that are all of a kind, from i, ends.
func runEnd(s string, i int, of func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !of(r) {
			break
		}
		i += size
	}
	return i
}

// The marks typed for one another: straight and curly quotation marks,
// low and reversed ones, primes and the guillemets; every dash and minus.
const (
	singleQuotes = "'‘’‚‛′‹›`´"
	doubleQuotes = "\"“”„‟″«»"
	dashes       = "-‐‑‒–—―−"
)

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' }
func isDash(r rune) bool  { return strings.ContainsRune(dashes, r) }

// units splits s into its units.
func units(s string) []unit {
	var us []unit
	for i := 0; i < len(s); {
		u := nextUnit(s, i)
		us = append(us, u)
		i = u.end
	}
	return us
}

// folded is a text with every unit replaced by its key, and for each byte
// of the folded text the offset in the original where its unit starts, so
// that a match in the folded text maps back to a span of the original.
type folded struct {
	text string
	from []int // len(text)+1 entries; the last is the original's length
}

func fold(s string) *folded {
	var b strings.Builder
	b.Grow(len(s))
	from := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		u := nextUnit(s, i)
		n := b.Len()
		b.WriteRune(u.key)
		for ; n < b.Len(); n++ {
			from = append(from, u.start)
		}
		i = u.end
	}
	return &folded{text: b.String(), from: append(from, len(s))}
}

// span maps the folded bytes [a, b) back to a span of the original, whole
// units at both ends.
func (f *folded) span(a, b int) (start, end int) {
	for b < len(f.text) && b > 0 && f.from[b] == f.from[b-1] {
		b++
	}
	return f.from[a], f.from[b]
}
