package data

import (
	"encoding/json"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// parser reads JSON text into the values encoding/json's Decoder builds
// with UseNumber ([]any, string, json.Number, bool and nil), except that an
// object is an object (its members in order) rather than a map. It is
// several times faster: objects are slices, every string that needs no
// unescaping is a substring of the input instead of a copy, and the loader
// can take a large events array one element at a time.
//
// It only vouches for what it accepts: on anything else it stops with ok
// false, and the loader asks encoding/json, which also words the error.
type parser struct {
	s       string
	i       int
	base    int // where s starts in the file: a member's at counts from the file's start
	stop    int // where it failed, to tell a value cut short by the end of s
	depth   int
	ok      bool
	members []member // scratch: the members of the objects being read, innermost last
	elems   []any    // scratch: the elements of the arrays being read, innermost last
	// Objects and arrays are carved from these, each exactly its size: a
	// large file has millions of them.
	objects slab[member]
	arrays  slab[any]
}

// maxDepth is encoding/json's own nesting limit.
const maxDepth = 10000

// parsedBlock is how many members or elements a parser's slab block
// holds: a few KiB, as a parsed tree lives only until it is checked.
const parsedBlock = 128

func newParser(s string) *parser {
	return &parser{s: s, ok: true, objects: slab[member]{block: parsedBlock}, arrays: slab[any]{block: parsedBlock}}
}

// fail stops the parser; the first failure is where it stopped.
func (p *parser) fail() {
	if p.ok {
		p.stop = p.i
	}
	p.ok, p.i = false, len(p.s)
}

// longestToken is the most bytes a failing read can stand back from the
// end of s when it is the end that stopped it: a \uXXXX\uXXXX escape.
const longestToken = 12

// ranOut reports whether the parser failed near the end of s, where more
// text could have made the value whole: a window of a file ends there.
// It may say so of a real error there too, which a longer s then shows.
func (p *parser) ranOut() bool { return !p.ok && p.stop >= len(p.s)-longestToken }

func (p *parser) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// next skips white space and reports the next byte, 0 at the end.
func (p *parser) next() byte {
	p.ws()
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// atEnd skips white space and reports whether the text ends there.
func (p *parser) atEnd() bool {
	p.ws()
	return p.i >= len(p.s)
}

// eat consumes c after white space, failing when something else is there.
func (p *parser) eat(c byte) {
	if p.next() != c {
		p.fail()
		return
	}
	p.i++
}

func (p *parser) value() any {
	switch c := p.next(); {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	case c == 't':
		return p.word("true", true)
	case c == 'f':
		return p.word("false", false)
	case c == 'n':
		return p.word("null", nil)
	}
	p.fail()
	return nil
}

func (p *parser) word(w string, v any) any {
	if len(p.s)-p.i < len(w) || p.s[p.i:p.i+len(w)] != w {
		p.fail()
		return nil
	}
	p.i += len(w)
	return v
}

func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxDepth {
		p.fail()
	}
	return p.ok
}

func (p *parser) object() any {
	if !p.enter() {
		return nil
	}
	p.i++ // {
	if p.next() == '}' {
		p.i++
		p.depth--
		return object{}
	}
	base := len(p.members)
	defer func() { p.members = p.members[:base] }()
	for p.ok {
		if p.next() != '"' {
			p.fail()
			break
		}
		at := p.base + p.i
		k := p.str()
		p.eat(':')
		p.members = append(p.members, member{k, p.value(), at})
		switch p.next() {
		case ',':
			p.i++
			continue
		case '}':
			p.i++
			p.depth--
			return object(append(p.objects.take(len(p.members)-base), p.members[base:]...))
		}
		p.fail()
	}
	return nil
}

func (p *parser) array() any {
	base := len(p.elems)
	defer func() { p.elems = p.elems[:base] }()
	p.elements(func(int) {
		v := p.value() // first: an array inside it grows p.elems too
		p.elems = append(p.elems, v)
	})
	if !p.ok {
		return nil
	}
	if len(p.elems) == base {
		return []any{}
	}
	return append(p.arrays.take(len(p.elems)-base), p.elems[base:]...)
}

// elements calls each with the index of every element of the array that
// starts at the next byte, parsing one element per call, so a large array
// is never held whole. each reads the element with p.value().
func (p *parser) elements(each func(i int)) {
	if !p.enter() {
		return
	}
	p.eat('[')
	if p.next() == ']' {
		p.i++
		p.depth--
		return
	}
	for i := 0; p.ok; i++ {
		each(i)
		switch p.next() {
		case ',':
			p.i++
			continue
		case ']':
			p.i++
			p.depth--
			return
		}
		p.fail()
	}
}

// str reads a string at p.i, which holds its opening quote.
func (p *parser) str() string {
	start := p.i + 1
	for i := start; i < len(p.s); i++ {
		switch c := p.s[i]; {
		case c == '"':
			p.i = i + 1
			return p.s[start:i]
		case c == '\\' || c >= utf8.RuneSelf:
			return p.slowStr(start)
		case c < 0x20:
			p.fail()
			return ""
		}
	}
	p.i = len(p.s) // cut short
	p.fail()
	return ""
}

// slowStr reads a string with escapes or non-ASCII text the way
// encoding/json does: invalid UTF-8 and unpaired surrogates become U+FFFD.
func (p *parser) slowStr(start int) string {
	var b []byte
	plain := true // the text so far is p.s[start:i] as is
	for i := start; i < len(p.s); {
		c := p.s[i]
		switch {
		case c == '"':
			p.i = i + 1
			if plain {
				return p.s[start:i]
			}
			return string(b)
		case c < 0x20:
			p.fail()
			return ""
		case c == '\\':
			if plain {
				b, plain = append([]byte(nil), p.s[start:i]...), false
			}
			var ok bool
			if b, i, ok = p.escape(b, i); !ok {
				p.i = i // the backslash: near the end when the escape is cut short
				p.fail()
				return ""
			}
		case c < utf8.RuneSelf:
			if !plain {
				b = append(b, c)
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(p.s[i:])
			if r == utf8.RuneError && size == 1 && plain {
				b, plain = append([]byte(nil), p.s[start:i]...), false
			}
			if !plain {
				b = utf8.AppendRune(b, r)
			}
			i += size
		}
	}
	p.i = len(p.s) // cut short
	p.fail()
	return ""
}

// escape decodes the escape sequence at p.s[i] (a backslash) onto b.
func (p *parser) escape(b []byte, i int) ([]byte, int, bool) {
	if i+1 >= len(p.s) {
		return b, i, false
	}
	switch c := p.s[i+1]; c {
	case '"', '\\', '/':
		return append(b, c), i + 2, true
	case 'b':
		return append(b, '\b'), i + 2, true
	case 'f':
		return append(b, '\f'), i + 2, true
	case 'n':
		return append(b, '\n'), i + 2, true
	case 'r':
		return append(b, '\r'), i + 2, true
	case 't':
		return append(b, '\t'), i + 2, true
	case 'u':
		r, ok := p.hex4(i + 2)
		if !ok {
			return b, i, false
		}
		i += 6
		if utf16.IsSurrogate(r) {
			r2, ok2 := rune(-1), false
			if i+1 < len(p.s) && p.s[i] == '\\' && p.s[i+1] == 'u' {
				r2, ok2 = p.hex4(i + 2)
			}
			if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
				return utf8.AppendRune(b, dec), i + 6, true
			}
			r = utf8.RuneError
		}
		return utf8.AppendRune(b, r), i, true
	}
	return b, i, false
}

func (p *parser) hex4(i int) (rune, bool) {
	if i+4 > len(p.s) {
		return 0, false
	}
	v, err := strconv.ParseUint(p.s[i:i+4], 16, 32)
	return rune(v), err == nil
}

// number reads a number in JSON's grammar, kept as its text.
func (p *parser) number() any {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.s[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.s) && p.s[p.i] == '0':
		p.i++
	case digits() == 0:
		p.fail()
		return nil
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			p.fail()
			return nil
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			p.fail()
			return nil
		}
	}
	return json.Number(p.s[start:p.i])
}
