package model

import (
	"strings"
	"unicode/utf8"
)

// MaxContextBytes caps the text SentencesAround returns on each side, so a
// source without sentence breaks cannot make one excerpt print megabytes.
const MaxContextBytes = 600

// Ellipsis marks context cut short by MaxContextBytes.
const Ellipsis = "…"

// SentencesAround returns the text around the span [start, end) of text:
// before runs from the start of the sentence preceding the one the span
// begins in; after runs to the end of the sentence following the one the
// span ends in. A span that starts or ends mid-sentence thus gets the rest
// of its own sentence as well. Whitespace away from the span is trimmed,
// whitespace next to it kept, so joining before+span+after reads as the
// text does. Context cut at MaxContextBytes is marked with Ellipsis. An invalid span gives "", "".
func SentencesAround(text string, start, end int) (before, after string) {
	if start < 0 || end < start || end > len(text) {
		return "", ""
	}
	lo := runeStartAtOrAfter(text, max(0, start-MaxContextBytes))
	hi := runeStartAtOrBefore(text, min(len(text), end+MaxContextBytes))

	from := prevSentenceBreak(text, start, lo, false) // where the span's own sentence begins
	if from > lo {
		from = prevSentenceBreak(text, from, lo, true) // and the sentence before it
	}
	to := nextSentenceBreak(text, end, hi, false) // where the span's own sentence ends
	if to < hi {
		to = nextSentenceBreak(text, to, hi, true) // and the sentence after it
	}

	before = strings.TrimLeft(text[from:start], " \t\r\n")
	if from == lo && lo > 0 && before != "" {
		before = Ellipsis + before
	}
	after = strings.TrimRight(text[end:to], " \t\r\n")
	if to == hi && hi < len(text) && after != "" {
		after += Ellipsis
	}
	return before, after
}

// prevSentenceBreak is the largest i in (lo, p] at which a sentence ends,
// or lo when there is none. With needText, the sentence between i and p
// must hold more than whitespace, which steps over blank lines.
func prevSentenceBreak(text string, p, lo int, needText bool) int {
	for i := p; i > lo; i-- {
		if endsSentence(text, i) && (!needText || !isBlank(text[i:p])) {
			return i
		}
	}
	return lo
}

// nextSentenceBreak is the smallest i in [p, hi) at which a sentence ends,
// or hi when there is none; needText as for prevSentenceBreak.
func nextSentenceBreak(text string, p, hi int, needText bool) int {
	for i := p; i < hi; i++ {
		if endsSentence(text, i) && (!needText || !isBlank(text[p:i])) {
			return i
		}
	}
	return hi
}

// endsSentence reports whether a sentence ends just before byte i: after a
// line break, or after . ! ? (and any closing quotes or brackets) that is
// followed by a space or the end of the text, unless the full stop closes
// an abbreviation such as "Aug." or "U.S.".
func endsSentence(text string, i int) bool {
	if i <= 0 || i > len(text) {
		return false
	}
	if text[i-1] == '\n' {
		return true
	}
	if i < len(text) && !isSpace(text[i]) {
		return false
	}
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !strings.ContainsRune(`"')]”’»`, r) {
			break
		}
		j -= size
	}
	if j == 0 {
		return false
	}
	switch text[j-1] {
	case '!', '?':
		return true
	case '.':
		return !isAbbreviation(wordBefore(text, j-1))
	}
	return false
}

// wordBefore is the run of letters ending at byte i.
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	return text[j:i]
}

var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Lt": true, "Col": true, "Sen": true, "Rep": true, "Gov": true, "Prof": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "No": true, "vs": true,
}

// isAbbreviation reports whether a full stop after word closes an
// abbreviation rather than a sentence: a known short form, or a single
// letter as in "U.S." or "D.C.".
func isAbbreviation(word string) bool {
	return len(word) == 1 || abbreviations[word]
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func runeStartAtOrAfter(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

func runeStartAtOrBefore(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
