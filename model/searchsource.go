package model

import (
	"math"
	"sort"
	"unicode/utf8"
)

// foldedSource is a source's text folded for search (appendFold), with
// what it takes to find an excerpt of the original in it: most of an
// event's searchable text is its excerpts, and those are spans of a few
// source texts, so the index keeps the folded source once and each
// excerpt as a place in it instead of a folded copy.
type foldedSource struct {
	text   []byte
	orig   string
	shifts []shift // where folding changed a rune's length, in order
}

// shift says that from original offset at on, folded offsets are the
// original ones plus by.
type shift struct{ at, by int32 }

func foldSource(s string) *foldedSource {
	f := &foldedSource{text: appendFold(make([]byte, 0, len(s)), s), orig: s}
	if len(f.text) == len(s) && isASCII(s) {
		return f
	}
	var scratch [utf8.UTFMax]byte
	by, out := int32(0), 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:]) // as appendFoldRunes reads it
		i += size
		out += len(appendFoldRune(scratch[:0], r))
		if d := int32(out - i); d != by {
			by = d
			f.shifts = append(f.shifts, shift{int32(i), by})
		}
	}
	return f
}

// folded is the folded offset of original offset i, a rune boundary.
func (f *foldedSource) folded(i int) int {
	k := sort.Search(len(f.shifts), func(k int) bool { return int(f.shifts[k].at) > i })
	if k == 0 {
		return i
	}
	return i + int(f.shifts[k-1].by)
}

// span is where x's text stands in the folded source, when x's place is
// known, holds its text and starts and ends on whole characters: then the
// span is exactly what folding x's text gives, as folding goes character
// by character.
func (f *foldedSource) span(x Excerpt) (start, end int, ok bool) {
	s := f.orig
	if len(s) > math.MaxInt32/2 || x.Text == "" || x.Start < 0 || x.End > len(s) || x.End-x.Start != len(x.Text) || s[x.Start:x.End] != x.Text {
		return 0, 0, false
	}
	if !utf8.RuneStart(s[x.Start]) || (x.End < len(s) && !utf8.RuneStart(s[x.End])) {
		return 0, 0, false
	}
	return f.folded(x.Start), f.folded(x.End), true
}

// isASCII reports whether s is ASCII, eight bytes at a time: a search
// for a needle with punctuation asks it of every piece it reads.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
