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
