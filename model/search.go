package model

import (
	"bytes"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// searchIndex answers "which events' text holds this needle" without
// reading the text for the needles people type. It keeps two kinds of
// event sets. For every pair of adjacent bytes, the events holding it: a
// two-byte needle is answered from those alone, and a one-byte needle
// from the sets of the pairs it is part of (with a look into the few
// events that have a piece of text one byte long, part of no pair). For
// every word (a run of letters, digits and non-ASCII bytes), the events
// holding it: a longer needle made of such bytes alone can only occur
// inside one word, so it is answered from the sets of the words that
// hold it, found in the list of distinct words, which is small next to
// the text. Only a needle with punctuation in it is looked for in the
// text, and only in the events that hold its pairs and fit its words.
//
// The text is not kept: an event's own text (title, summary, quotes) is
// read where it lies when it must be (folded again if not ASCII), and its
// excerpts are places in the folded sources, kept once.
type searchIndex struct {
	events  []*Event          // in timeline order; never changed
	quoted  spans[quotedSpan] // per event: its excerpts, as places in sources
	sources []*foldedSource   // the folded sources quotedSpan.source numbers
	// The bytes of the folded sources, and of all the spans: which is
	// smaller decides how finder looks in excerpts.
	sourceBytes, spanBytes int
	slot                   []int32 // pair a<<8|b -> 1 + index into sets; 0: no event holds it
	sets                   []eventSet
	words                  vocabulary
	short                  []int32       // the events with a piece of text one byte long, ascending
	done                   *atomic.Int64 // steps of the build done (see newSearchIndex); nil: not counted
}

// quotedSpan is an excerpt's folded text: sources[source].text[start:end].
type quotedSpan struct{ source, start, end int32 }

// ownText appends the event at pos's own text, folded (appendOwnText).
func (x *searchIndex) ownText(buf []byte, pos int) []byte {
	return appendOwnText(buf, x.events[pos], x.quoted.of(pos))
}

// eachPiece calls f with each piece of the event's folded text: own, its
// own text as ownText gives it, then its excerpts' spans.
func (x *searchIndex) eachPiece(pos int, own []byte, f func([]byte)) {
	f(own)
	for _, q := range x.quoted.of(pos) {
		if q.source >= 0 {
			f(x.sources[q.source].text[q.start:q.end])
		}
	}
}

// matches returns a bitmap of the events whose text holds needle, which
// must be folded (appendFold) and not empty.
func (x *searchIndex) matches(needle []byte) bitmap {
	out := newBitmap(len(x.events))
	switch {
	case len(needle) == 1:
		x.oneByte(out, needle[0])
	case len(needle) > 2 && allWordBytes(needle):
		x.words.holding(out, needle)
	default:
		x.filtered(out, needle)
	}
	return out
}

// oneByte adds to out the events holding b: those holding a pair with b
// in it, and those of the events with a one-byte piece that hold it.
func (x *searchIndex) oneByte(out bitmap, b byte) {
	for other := range 256 {
		x.pairSet(int(b)<<8 | other).addTo(out)
		x.pairSet(other<<8 | int(b)).addTo(out)
	}
	if len(x.short) == 0 {
		return
	}
	needle := []byte{b}
	find := x.finder(needle) // marks the needle in every source first
	var buf []byte
	for _, pos := range x.short {
		if find.holds(int(pos), &buf) {
			out.set(int(pos))
		}
	}
}

// pairSet is the set of the events holding the pair key, or an empty one.
func (x *searchIndex) pairSet(key int) *eventSet {
	if k := x.slot[key]; k > 0 {
		return &x.sets[k-1]
	}
	return &eventSet{}
}

// filtered adds to out the events holding needle, two bytes or more:
// those in every set of its pairs and of its words' (wordSets), and, past
// two bytes, whose text holds it.
func (x *searchIndex) filtered(out bitmap, needle []byte) {
	var sets []*eventSet
	for j := 0; j+1 < len(needle); j++ {
		s := x.pairSet(int(needle[j])<<8 | int(needle[j+1]))
		if s.count == 0 {
			return // no event holds this pair
		}
		sets = append(sets, s)
	}
	sets = append(sets, x.wordSets(needle)...)
	// The smallest list leads and the bitmaps filter; with no list, the
	// bitmaps are intersected. (A list holds at most n/32 events.)
	var lead *eventSet
	for _, s := range sets {
		if s.count == 0 {
			return
		}
		if s.list != nil && (lead == nil || s.count < lead.count) {
			lead = s
		}
	}
	exact := len(needle) == 2 // the pair's set is the answer; no need to look
	var find *finder
	if !exact {
		find = x.finder(needle)
	}
	if lead != nil {
		var buf []byte
		for _, p := range lead.list {
			if pos := int(p); inAll(sets, pos) && (exact || find.holds(pos, &buf)) {
				out.set(pos)
			}
		}
		return
	}
	// Every set is a bitmap: intersect them word by word.
	inParallel(len(out), func(from, to int) {
		var buf []byte
		for w := from; w < to; w++ {
			if w%yieldWords == 0 {
				runtime.Gosched()
			}
			word := ^uint64(0)
			for _, s := range sets {
				word &= s.bits[w]
			}
			if exact {
				out[w] = word
				continue
			}
			for word != 0 {
				pos := w<<6 | bits.TrailingZeros64(word)
				word &= word - 1
				if find.holds(pos, &buf) {
					out.set(pos)
				}
			}
		}
	})
}

// wordSets narrow a needle with punctuation by its runs of word bytes:
// a run that punctuation follows ends a word of the text, one it follows
// starts one, one between two is a whole word. Each such run of two
// bytes or more, or a whole word of one, gives the events holding a word
// it fits (vocabulary.fitting); an event holding needle is in each set.
func (x *searchIndex) wordSets(needle []byte) []*eventSet {
	var sets []*eventSet
	at := 0
	eachWord(needle, func(run []byte) {
		start := at + bytes.Index(needle[at:], run)
		at = start + len(run)
		starts, ends := start > 0, at < len(needle)
		if !starts && !ends || len(run) < 2 && !(starts && ends) {
			return // nothing to fit it to, or a letter many words start or end with
		}
		s := &eventSet{bits: newBitmap(len(x.events))}
		x.words.fitting(s.bits, run, starts, ends)
		s.count = s.bits.count()
		sets = append(sets, s)
	})
	return sets
}

// inAll reports whether every set of sets holds pos: a bit to test in a
// bitmap, a binary search in a list.
func inAll(sets []*eventSet, pos int) bool {
	for _, s := range sets {
		if s.bits != nil && !s.bits.has(pos) {
			return false
		}
		if s.list != nil {
			if _, ok := slices.BinarySearch(s.list, int32(pos)); !ok {
				return false
			}
		}
	}
	return true
}

// yieldWords is how many words of 64 events a search looks through
// between two yields to the scheduler. A search takes every core; the
// explorer's frame for the letter typed, drawn meanwhile, would wait for
// Go's preemption, up to 10 ms, were the search never to yield.
const yieldWords = 16

// inParallel runs f over [0, n) in as many slices as there are processors,
// side by side, when n is large enough to be worth it: a search over
// 100k events then takes a share of the time on each core.
func inParallel(n int, f func(from, to int)) {
	parts := min(runtime.GOMAXPROCS(0), n/256, 8)
	if parts <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for i := range parts {
		from, to := n*i/parts, n*(i+1)/parts
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(from, to)
		}()
	}
	wg.Wait()
}

// eachExcerpt calls f with each of the event's excerpts, then each of its
// quotes' excerpts.
func eachExcerpt(e *Event, f func(Excerpt)) {
	for _, x := range e.Excerpts {
		f(x)
	}
	for _, q := range e.Quotes {
		f(q.Excerpt)
	}
}

// ownParts calls f with each piece of the event's text the index keeps
// folded copies of: title, summary, quotes, and the excerpts the index
// could not place in their sources (placed[i] has source -1).
func ownParts(e *Event, placed []quotedSpan, f func(string)) {
	f(e.Title)
	f(e.Summary)
	for _, q := range e.Quotes {
		f(q.Text)
	}
	i := 0
	eachExcerpt(e, func(x Excerpt) {
		if placed[i].source < 0 {
			f(x.Text)
		}
		i++
	})
}

// appendOwnText appends the event's own text, folded, the pieces
// separated by newlines so no match spans two of them.
func appendOwnText(buf []byte, e *Event, placed []quotedSpan) []byte {
	start := len(buf)
	ownParts(e, placed, func(s string) {
		if len(buf) > start {
			buf = append(buf, '\n')
		}
		buf = appendFold(buf, s)
	})
	return buf
}

// appendFold appends s in the form search compares text in: lower case,
// every dash a typesetter might use as '-' and curly quotation marks as
// straight ones, so "kim-moon" and "pompeo's" typed on a keyboard find
// "Kim–Moon" and "Pompeo’s". The index and the needle both go through it.
// ASCII, the common case, is folded in place; other text rune by rune.
func appendFold(buf []byte, s string) []byte {
	start := len(buf)
	buf = append(buf, s...)
	for i := start; i < len(buf); i++ {
		c := buf[i]
		if c >= utf8.RuneSelf {
			return appendFoldRunes(buf[:start], s)
		}
		if 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	return buf
}

// appendFoldRunes lowers each rune (unicode.ToLower, rune for rune, the
// same for the index and the needle), writes each dash as '-' and each
// typographic quotation mark as the keyboard's.
func appendFoldRunes(buf []byte, s string) []byte {
	for _, r := range s {
		buf = appendFoldRune(buf, r)
	}
	return buf
}

func appendFoldRune(buf []byte, r rune) []byte {
	switch r {
	case '\u2010', '\u2011', '\u2013', '\u2014', '\u2212': // hyphen, non-breaking hyphen, en dash, em dash, minus
		return append(buf, '-')
	case '\u2018', '\u2019': // ‘ ’, the article's apostrophe too
		return append(buf, '\'')
	case '\u201c', '\u201d': // “ ”
		return append(buf, '"')
	}
	return utf8.AppendRune(buf, unicode.ToLower(r))
}

// searchWords are the search's words, folded (appendFold), repeats left
// out: an event matches when its text holds every one.
func searchWords(search string) [][]byte {
	var words [][]byte
	for _, w := range strings.Fields(search) {
		f := appendFold(nil, w)
		if !slices.ContainsFunc(words, func(x []byte) bool { return bytes.Equal(x, f) }) {
			words = append(words, f)
		}
	}
	return words
}

// Matches returns where in text the search's words occur, as byte ranges
// of text in order, overlapping ones merged: what a view highlights. It
// folds as search does, so what it marks is what made an event match.
func Matches(text, search string) [][2]int {
	words := searchWords(search)
	if len(words) == 0 || text == "" {
		return nil
	}
	// The folded text, and for each folded byte the offset of its rune in text.
	folded := make([]byte, 0, len(text))
	at := make([]int, 0, len(text)+1)
	for i, r := range text {
		n := len(folded)
		folded = appendFoldRune(folded, r)
		for range len(folded) - n {
			at = append(at, i)
		}
	}
	at = append(at, len(text))
	var spans [][2]int
	for _, w := range words {
		for from := 0; ; {
			j := bytes.Index(folded[from:], w)
			if j < 0 {
				break
			}
			start := from + j
			end := start + len(w)
			// The match ends with the rune its last folded byte came from.
			spans = append(spans, [2]int{at[start], runeEnd(text, at[end-1])})
			from = start + 1
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	merged := spans[:0]
	for _, s := range spans {
		if n := len(merged); n > 0 && s[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// runeEnd is the offset just past the rune that starts at i.
func runeEnd(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}
