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

// searchIndex answers "which events' text holds this needle". Each
// event's own folded text (title, summary, quotes) sits end to end with
// the others in one buffer, so a scan reads memory in order; its
// excerpts are places in the folded source texts, kept once, not copies.
// For every pair of adjacent bytes it records which events hold it. A
// two-byte needle is answered from those sets alone; a longer one is
// looked for only in the events that hold every one of its pairs, usually
// a small share of them; a one-byte needle is answered from the sets of
// the pairs it is part of, with a look into the few events that have a
// piece of text one byte long, which is part of no pair.
type searchIndex struct {
	own     []byte            // every event's folded own text (appendOwnText), in timeline order; never changed
	ends    []int32           // event i's own text is own[ends[i-1]:ends[i]]
	quoted  spans[quotedSpan] // per event: its excerpts, as places in sources
	sources []*foldedSource   // the folded sources quotedSpan.source numbers
	// The bytes of the folded sources, and of all the spans: which is
	// smaller decides how finder looks in excerpts.
	sourceBytes, spanBytes int
	slot                   []int32 // pair a<<8|b -> 1 + index into sets; 0: no event holds it
	sets                   []eventSet
	short                  []int32       // the events with a piece of text one byte long, ascending
	done                   *atomic.Int64 // steps of the build done (see newSearchIndex); nil: not counted
}

// quotedSpan is an excerpt's folded text: sources[source].text[start:end].
type quotedSpan struct{ source, start, end int32 }

// eventSet is the events holding one pair: a bitmap when many do,
// an ascending list of positions when few do, whichever is smaller.
type eventSet struct {
	count int
	bits  []uint64
	list  []int32
}

// newSearchIndex indexes the events' searchable text; sources are those
// their excerpts are taken from. It adds to done as it goes, so that
// another goroutine can tell how far it is: four steps per event, one
// for placing its excerpts, one for copying its own text folded, one for
// each pass over its pairs.
func newSearchIndex(events []*Event, sources []*Source, done *atomic.Int64) *searchIndex {
	x := &searchIndex{ends: make([]int32, len(events)), done: done}
	x.placeExcerpts(events, sources)
	total := 0
	for i, e := range events {
		total += ownTextLen(e, x.quoted.of(i))
	}
	x.own = make([]byte, 0, total)
	for i, e := range events {
		x.own = appendOwnText(x.own, e, x.quoted.of(i))
		x.ends[i] = int32(len(x.own))
		x.visited(i, 1)
	}
	for pos := range x.ends {
		x.eachPiece(pos, func(t []byte) {
			if len(t) == 1 && (len(x.short) == 0 || x.short[len(x.short)-1] != int32(pos)) {
				x.short = append(x.short, int32(pos))
			}
		})
	}
	// First pass counts the events holding each pair, second fills the sets.
	count := make([]int32, 1<<16)
	x.eachPair(func(pos, key int) { count[key]++ })
	n := len(events)
	x.slot = count // each count becomes its pair's slot, in place
	for key, c := range count {
		if c == 0 {
			continue
		}
		s := eventSet{count: int(c)}
		if int(c) > n/32 {
			s.bits = make([]uint64, (n+63)/64)
		} else {
			s.list = make([]int32, 0, c)
		}
		x.sets = append(x.sets, s)
		x.slot[key] = int32(len(x.sets))
	}
	x.eachPair(func(pos, key int) {
		s := &x.sets[x.slot[key]-1]
		if s.bits != nil {
			s.bits[pos>>6] |= 1 << (pos & 63)
		} else {
			s.list = append(s.list, int32(pos))
		}
	})
	return x
}

// placeExcerpts finds every excerpt of every event in its folded source:
// each event's excerpts, then its quotes' excerpts (eachExcerpt).
// An excerpt that cannot be placed (its source unknown, its place not
// holding its text) gets a zero span here and is folded into the
// event's own text instead.
func (x *searchIndex) placeExcerpts(events []*Event, sources []*Source) {
	number := make(map[string]int32, len(sources))
	folded := make([]*foldedSource, len(sources))
	for i, s := range sources {
		if _, dup := number[s.ID]; !dup {
			number[s.ID] = int32(i)
		}
	}
	x.quoted.start = make([]int32, len(events)+1)
	for i, e := range events {
		eachExcerpt(e, func(ex Excerpt) {
			span := quotedSpan{source: -1}
			if k, ok := number[ex.SourceID]; ok {
				if folded[k] == nil {
					folded[k] = foldSource(sources[k].Text)
				}
				if start, end, ok := folded[k].span(ex); ok {
					span = quotedSpan{k, int32(start), int32(end)}
					x.spanBytes += end - start
				}
			}
			x.quoted.items = append(x.quoted.items, span)
		})
		x.quoted.start[i+1] = int32(len(x.quoted.items))
		x.visited(i, 1)
	}
	x.sources = folded
	for _, f := range folded {
		if f != nil {
			x.sourceBytes += len(f.text)
		}
	}
}

// eachPair calls fn(pos, key) once for every distinct pair of adjacent
// bytes in each event's text, events in timeline order.
func (x *searchIndex) eachPair(fn func(pos, key int)) {
	last := make([]int32, 1<<16) // the last event seen holding each pair, plus one
	for pos := range x.ends {
		x.eachPiece(pos, func(t []byte) {
			for j := 0; j+1 < len(t); j++ {
				if key := int(t[j])<<8 | int(t[j+1]); last[key] != int32(pos+1) {
					last[key] = int32(pos + 1)
					fn(pos, key)
				}
			}
		})
		x.visited(pos, 1)
	}
}

// progressStep is how many events a build visits between two reports: an
// atomic add per event would be a shared write in the hottest loop.
const progressStep = 1024

// visited adds weight steps for each event of a run when the one at pos
// ends it, or ends the pass.
func (x *searchIndex) visited(pos, weight int) {
	if x.done == nil {
		return
	}
	switch n := pos + 1; {
	case n%progressStep == 0:
		x.done.Add(int64(progressStep * weight))
	case n == len(x.ends):
		x.done.Add(int64(n % progressStep * weight))
	}
}

// eachPiece calls f with each piece of the event's folded text, its own
// text first, then its excerpts' spans.
func (x *searchIndex) eachPiece(pos int, f func([]byte)) {
	f(x.ownText(pos))
	for _, q := range x.quoted.of(pos) {
		if q.source >= 0 {
			f(x.sources[q.source].text[q.start:q.end])
		}
	}
}

func (x *searchIndex) ownText(pos int) []byte {
	start := int32(0)
	if pos > 0 {
		start = x.ends[pos-1]
	}
	return x.own[start:x.ends[pos]]
}

// matches returns a bitmap of the events whose text holds needle, which
// must be folded (appendFold) and not empty.
func (x *searchIndex) matches(needle []byte) []uint64 {
	out := make([]uint64, (len(x.ends)+63)/64)
	var sets []*eventSet
	var lead *eventSet // the smallest set: it leads, the others filter
	add := func(key int) bool {
		k := x.slot[key]
		if k == 0 {
			return false
		}
		s := &x.sets[k-1]
		if lead == nil || s.count < lead.count {
			lead = s
		}
		sets = append(sets, s)
		return true
	}
	if len(needle) == 1 {
		b := int(needle[0])
		for other := range 256 {
			x.addSet(out, b<<8|other)
			x.addSet(out, other<<8|b)
		}
		if len(x.short) > 0 { // the finder marks the needle in every source first
			find := x.finder(needle)
			for _, pos := range x.short {
				if find.holds(int(pos)) {
					out[pos>>6] |= 1 << (pos & 63)
				}
			}
		}
		return out
	}
	for j := 0; j+1 < len(needle); j++ {
		if !add(int(needle[j])<<8 | int(needle[j+1])) {
			return out // no event holds this pair
		}
	}
	exact := len(needle) == 2 // the sets are the answer; no need to look
	var find *finder
	if !exact {
		find = x.finder(needle)
	}
	if lead.list != nil {
	next:
		for _, p := range lead.list {
			pos := int(p)
			for _, s := range sets {
				if s.bits != nil && s.bits[pos>>6]&(1<<(pos&63)) == 0 {
					continue next
				}
			}
			if exact || find.holds(pos) {
				out[pos>>6] |= 1 << (pos & 63)
			}
		}
		return out
	}
	// Every set is a bitmap: intersect them word by word.
	inParallel(len(out), func(from, to int) {
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
				if find.holds(pos) {
					out[pos>>6] |= 1 << (pos & 63)
				}
			}
		}
	})
	return out
}

// addSet adds to out the events holding the pair key.
func (x *searchIndex) addSet(out []uint64, key int) {
	k := x.slot[key]
	if k == 0 {
		return
	}
	s := &x.sets[k-1]
	for w, word := range s.bits {
		out[w] |= word
	}
	for _, pos := range s.list {
		out[pos>>6] |= 1 << (pos & 63)
	}
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

// ownTextLen is about the length appendOwnText adds: folding can
// shorten or lengthen a piece, so it only sizes the buffer.
func ownTextLen(e *Event, placed []quotedSpan) int {
	n := 0
	ownParts(e, placed, func(s string) { n += len(s) + 1 })
	return n
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
