package data

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/model"
)

// ExcerptFix is the source's exact text for an excerpt that differs from
// it only in typography: quotation marks, dashes, ellipses, white space.
type ExcerptFix struct {
	Old, New string
}

// diagnosis is why an excerpt was not found: the nearest passage of the
// source, the differences from it in order, and the fix when every
// difference is typographic.
type diagnosis struct {
	detail []string
	fix    *ExcerptFix
}

// difference is one place where an excerpt and its nearest passage differ.
type difference struct {
	at          int // 1-based character of the excerpt as written
	what        string
	typographic bool
}

// notFound notes an excerpt that does not stand in its source: past its
// last occurrence, or diagnosed. The source is folded once, at its first
// excerpt that fails.
func (r *reader) notFound(path string, x model.Excerpt, src *model.Source) {
	if x.Occurrence > 1 && strings.Contains(src.Text, x.Text) {
		r.fail(field(path, "occurrence"), "the text occurs only %s in source %q", times(countOccurrences(src.Text, x.Text, x.Occurrence)), x.SourceID)
		return
	}
	f := r.folded[src.ID]
	if f == nil {
		f = fold(src.Text)
		r.folded[src.ID] = f
	}
	d := diagnose(x.Text, src.Text, f)
	r.note(Problem{Path: field(path, "text"), Msg: fmt.Sprintf("not found verbatim in source %q", x.SourceID), Detail: d.detail, Fix: d.fix})
}

// minNearest is how many folded bytes an excerpt must share with a passage,
// at its start or its end, for the passage to be called near.
const minNearest = 12

// diagnose explains why excerpt is not in the source text. f is the
// source's folded text, made once per source and only when an excerpt of
// it fails.
func diagnose(excerpt, text string, f *folded) diagnosis {
	core := strings.TrimFunc(excerpt, isSpace)
	lead := len(excerpt) - len(strings.TrimLeftFunc(excerpt, isSpace))
	fe := fold(core).text
	var diffs []difference
	if lead > 0 {
		diffs = append(diffs, difference{at: 1, what: "the excerpt begins with white space", typographic: true})
	}
	if trail := len(excerpt) - lead - len(core); trail > 0 {
		diffs = append(diffs, difference{at: utf8.RuneCountInString(excerpt[:lead+len(core)]) + 1, what: "the excerpt ends with white space", typographic: true})
	}
	start, end, exact := nearest(fe, f)
	if start < 0 {
		return diagnosis{detail: []string{"no passage of the source shares its first or last words: is it from this source?"}}
	}
	if !exact {
		start, end = wholeWords(text, start, end)
		if i := strings.Index(text[start:end], "\n\n"); i > 0 && !strings.Contains(core, "\n\n") {
			end = start + i // a near passage stays in its paragraph
		}
	}
	passage := text[start:end]
	found := compare(core, passage, utf8.RuneCountInString(excerpt[:lead]), exact)
	diffs = append(diffs, found...)
	sortDiffs(diffs)
	d := diagnosis{detail: []string{fmt.Sprintf("nearest passage (paragraph %d): %s", model.ParagraphsOf(text).At(start), quoteShort(passage, 160))}}
	if len(diffs) > 0 {
		d.detail = append(d.detail, fmt.Sprintf("first difference at character %d: %s", diffs[0].at, diffs[0].what))
	}
	typographic := exact
	for _, x := range diffs {
		typographic = typographic && x.typographic
	}
	if rest := diffs[min(1, len(diffs)):]; len(rest) > 0 {
		d.detail = append(d.detail, "then "+listDiffs(rest, 3))
	}
	switch {
	case typographic:
		d.fix = &ExcerptFix{Old: excerpt, New: passage}
		d.detail = append(d.detail, "only typography differs: parley --fix-excerpts FILE rewrites it to the source's text")
	case exact:
		d.detail = append(d.detail, "capitals differ, which --fix-excerpts leaves alone: copy the source's text")
	default:
		d.detail = append(d.detail, "the wording differs: copy the passage from the source")
	}
	return d
}

// nearest finds the passage of the source that the folded excerpt fe
// matches: all of it (exact), or else its longest start or end. start is
// -1 when no passage shares at least minNearest bytes with it.
func nearest(fe string, f *folded) (start, end int, exact bool) {
	if at := strings.Index(f.text, fe); at >= 0 {
		start, end = f.span(at, at+len(fe))
		return start, end, true
	}
	// The longest start of fe found in the source, and the longest end:
	// both grow one way only, so a binary search finds each.
	longest := func(part func(n int) string) (n, at int) {
		lo, hi := 0, len(fe)
		at = -1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if i := strings.Index(f.text, part(mid)); i >= 0 {
				lo, at = mid, i
			} else {
				hi = mid - 1
			}
		}
		return lo, at
	}
	pn, pat := longest(func(n int) string { return fe[:n] })
	sn, sat := longest(func(n int) string { return fe[len(fe)-n:] })
	switch {
	case max(pn, sn) < minNearest:
		return -1, -1, false
	case pn >= sn:
		start, end = f.span(pat, min(len(f.text), pat+len(fe)))
	default:
		start, end = f.span(max(0, sat+sn-len(fe)), sat+sn)
	}
	return start, end, false
}

// compare lists where excerpt differs from passage, unit by unit; at
// counts characters from offset, the excerpt's start as written. Once the
// keys part, the wording differs: that is the last difference named.
func compare(excerpt, passage string, offset int, exact bool) []difference {
	xs, ps := units(excerpt), units(passage)
	var diffs []difference
	chars := offset
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		at := chars + 1
		chars += utf8.RuneCountInString(excerpt[x.start:x.end])
		if i >= len(ps) {
			diffs = append(diffs, difference{at: at, what: fmt.Sprintf("the excerpt goes on with %s where the passage ends", quoteShort(excerpt[x.start:], 30))})
			break
		}
		p := ps[i]
		xt, pt := excerpt[x.start:x.end], passage[p.start:p.end]
		switch {
		case xt == pt:
		case x.key != p.key:
			// Name the whole word that differs, not its first unlike letter.
			w := wordStart(xs, i)
			at -= utf8.RuneCountInString(excerpt[xs[w].start:x.start])
			diffs = append(diffs, difference{at: at, what: fmt.Sprintf("the source has %s where the excerpt has %s", quoteShort(passage[ps[w].start:], 30), quoteShort(excerpt[xs[w].start:], 30))})
			return diffs
		case x.class == classSpace:
			diffs = append(diffs, difference{at: at, what: fmt.Sprintf("the source has %s where the excerpt has %s", describeSpace(pt), describeSpace(xt)), typographic: true})
		case x.class == classOther:
			diffs = append(diffs, difference{at: at, what: fmt.Sprintf("the source has %s where the excerpt has %s (capitals are wording, not typography)", describeChars(pt), describeChars(xt))})
		default:
			diffs = append(diffs, difference{at: at, what: fmt.Sprintf("the source has %s where the excerpt has %s", describeChars(pt), describeChars(xt)), typographic: true})
		}
	}
	return diffs
}

func sortDiffs(diffs []difference) {
	for i := 1; i < len(diffs); i++ {
		for j := i; j > 0 && diffs[j].at < diffs[j-1].at; j-- {
			diffs[j], diffs[j-1] = diffs[j-1], diffs[j]
		}
	}
}

// listDiffs names the first n differences briefly, and how many more.
func listDiffs(diffs []difference, n int) string {
	var parts []string
	for i, x := range diffs {
		if i == n {
			parts = append(parts, fmt.Sprintf("and %d more", len(diffs)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("at character %d: %s", x.at, x.what))
	}
	return strings.Join(parts, "; ")
}

// wordStart backs up from unit i to the first unit of its word.
func wordStart(us []unit, i int) int {
	for i > 0 && us[i-1].class == classOther && isWordRune(us[i-1].key) {
		i--
	}
	return i
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wholeWords widens the span [start, end) of text to whole words at its
// end and drops white space there: a near passage is cut by length alone.
func wholeWords(text string, start, end int) (int, int) {
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(r) {
			break
		}
		end += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// describeSpace names a run of white space: "a space", "two spaces",
// "a line break", "a tab", "a no-break space (U+00A0)".
func describeSpace(s string) string {
	switch {
	case s == " ":
		return "a space"
	case strings.Count(s, "\n") == 1 && strings.Trim(s, "\r\n") == "":
		return "a line break"
	case strings.Contains(s, "\n"):
		return fmt.Sprintf("%d line breaks", strings.Count(s, "\n"))
	case strings.Trim(s, " ") == "":
		if len(s) == 2 {
			return "two spaces"
		}
		return fmt.Sprintf("%d spaces", len(s))
	case s == "\t":
		return "a tab"
	}
	return "white space " + describeChars(s)
}

// describeChars shows characters with their code points, so that marks
// that look alike can be told apart: ’ (U+2019), ' (U+0027).
func describeChars(s string) string {
	if r, size := utf8.DecodeRuneInString(s); len(s) > size && strings.Count(s, string(r)) == utf8.RuneCountInString(s) {
		return fmt.Sprintf("%q (%d × U+%04X)", s, utf8.RuneCountInString(s), r)
	}
	var parts []string
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == '\u00a0' || r == '\u202f' {
			parts = append(parts, fmt.Sprintf("U+%04X", r))
			continue
		}
		parts = append(parts, fmt.Sprintf("%c (U+%04X)", r, r))
	}
	return strings.Join(parts, " ")
}

// quoteShort quotes s, cut to max characters with "…".
func quoteShort(s string, max int) string {
	if utf8.RuneCountInString(s) > max {
		cut := 0
		for i := range s {
			if max == 0 {
				cut = i
				break
			}
			max--
		}
		s = s[:cut] + "…"
	}
	return fmt.Sprintf("%q", s)
}
