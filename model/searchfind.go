package model

import "bytes"

// finder tells which events hold one needle. An event's own text is
// folded and searched. Its excerpts are spans of a few folded sources, read
// again by every event quoting them: so when the spans add up to more
// than the sources, the needle is looked for once in each source, its
// starts marked in a bitmap, and an excerpt holds it when a start lies
// far enough inside the span.
type finder struct {
	x      *searchIndex
	needle []byte
	starts []bitmap // per source: bit i set when needle starts at offset i; nil when spans are read
	at     int      // the byte of needle looked for first in folded text (anchor)
	plain  int      // the same in ASCII text as it stands: a byte case leaves alone, if any (caseless)
}

func (x *searchIndex) finder(needle []byte) *finder {
	f := &finder{x: x, needle: needle, at: anchor(needle), plain: caseless(needle)}
	if x.spanBytes <= x.sourceBytes {
		return f
	}
	f.starts = make([]bitmap, len(x.sources))
	for k, s := range x.sources {
		if s == nil {
			continue
		}
		marks := newBitmap(len(s.text) + 1)
		for from := 0; ; {
			i := bytes.Index(s.text[from:], needle)
			if i < 0 {
				break
			}
			at := from + i
			marks.set(at)
			from = at + 1
		}
		f.starts[k] = marks
	}
	return f
}

// holds reports whether the event at pos holds the needle. Its own text
// is read piece by piece, as it stands where it is ASCII, folded into
// *buf, which it reuses, where it is not. A needle never holds a space
// or newline (searchWords splits at them), so it lies within one piece.
func (f *finder) holds(pos int, buf *[]byte) bool {
	found := false
	ownParts(f.x.events[pos], f.x.quoted.of(pos), func(s string) {
		if found {
			return
		}
		if isASCII(s) {
			found = containsFoldASCII(s, f.needle, f.plain)
			return
		}
		*buf = appendFold((*buf)[:0], s)
		found = containsAt(*buf, f.needle, f.at)
	})
	if found {
		return true
	}
	for _, q := range f.x.quoted.of(pos) {
		switch {
		case q.source < 0:
		case f.starts == nil:
			if bytes.Contains(f.x.sources[q.source].text[q.start:q.end], f.needle) {
				return true
			}
		case anyMarked(f.starts[q.source], int(q.start), int(q.end)-len(f.needle)):
			return true
		}
	}
	return false
}

// anyMarked reports whether a bit from lo to hi, both included, is set.
func anyMarked(marks bitmap, lo, hi int) bool {
	if hi < lo {
		return false
	}
	first, last := lo>>6, hi>>6
	for w := first; w <= last; w++ {
		word := marks[w]
		if w == first {
			word &= ^uint64(0) << (lo & 63)
		}
		if w == last {
			word &= ^uint64(0) >> (63 - hi&63)
		}
		if word != 0 {
			return true
		}
	}
	return false
}
