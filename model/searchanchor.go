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
	c := needle[at]
	for from := at; from+len(needle)-at <= len(text); {
		i := bytes.IndexByte(text[from:len(text)-(len(needle)-at-1)], c)
		if i < 0 {
			return false
		}
		start := from + i - at
		if bytes.Equal(text[start:start+len(needle)], needle) {
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
	c := needle[plain]
	for from := plain; from+len(needle)-plain <= len(text); {
		i := strings.IndexByte(text[from:len(text)-(len(needle)-plain-1)], c)
		if i < 0 {
			return false
		}
		start := from + i - plain
		if equalFoldASCII(text[start:start+len(needle)], needle) {
			return true
		}
		from += i + 1
	}
	return false
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
