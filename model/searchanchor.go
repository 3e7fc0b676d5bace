package model

import (
	"bytes"
	"strings"
)

// anchor is the byte of needle to look for first: the one least common
// in English text, so that fewer false starts are compared. bytes.Index
// looks for the first byte, and "summit" starts with one of the
// commonest letters.
func anchor(needle []byte) int {
	best, rank := 0, -1
	for i, b := range needle {
		if r := commonness(b); rank < 0 || r < rank {
			best, rank = i, r
		}
	}
	return best
}

// byCommonness is lower-case English letters and the space, commonest
// last; every other byte is rarer than all of them.
const byCommonness = "zqxjkvbpygfwmucldrhsnioate "

func commonness(b byte) int { return strings.IndexByte(byCommonness, b) + 1 }

// containsAt reports whether text holds needle, looking for needle[at]
// first.
func containsAt(text, needle []byte, at int) bool {
	return anyStart(text, len(needle), at, needle[at], bytes.IndexByte, func(start int) bool {
		return bytes.Equal(text[start:start+len(needle)], needle)
	})
}

// anyStart reports whether match holds for a start of a window of n
// bytes of text whose byte at offset at is c, trying the starts in order:
// indexByte finds each c, so that only those starts are compared.
func anyStart[T string | []byte](text T, n, at int, c byte, indexByte func(T, byte) int, match func(start int) bool) bool {
	for from := at; from+n-at <= len(text); {
		i := indexByte(text[from:len(text)-(n-at-1)], c)
		if i < 0 {
			return false
		}
		if match(from + i - at) {
			return true
		}
		from += i + 1
	}
	return false
}

// caseless is the index of needle's least common byte that is not a
// letter, which ASCII text holds as it is, in either case; -1 when every
// byte is a letter.
func caseless(needle []byte) int {
	best, rank := -1, -1
	for i, b := range needle {
		if 'a' <= b && b <= 'z' {
			continue
		}
		if r := commonness(b); best < 0 || r < rank {
			best, rank = i, r
		}
	}
	return best
}

// containsFoldASCII reports whether ASCII text, lowered, holds needle, a
// folded needle; plain is caseless(needle). It lowers nothing it need not:
// it looks for needle[plain] as it stands, then compares around it.
func containsFoldASCII(text string, needle []byte, plain int) bool {
	if len(needle) > len(text) {
		return false
	}
	if plain < 0 { // letters only: compare at every start
		for start := 0; start+len(needle) <= len(text); start++ {
			if equalFoldASCII(text[start:start+len(needle)], needle) {
				return true
			}
		}
		return false
	}
	return anyStart(text, len(needle), plain, needle[plain], strings.IndexByte, func(start int) bool {
		return equalFoldASCII(text[start:start+len(needle)], needle)
	})
}

// equalFoldASCII reports whether ASCII s, lowered, is needle.
func equalFoldASCII(s string, needle []byte) bool {
	for i := range needle {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != needle[i] {
			return false
		}
	}
	return true
}
