package data

import "bytes"

// eventsScan finds the '[' that opens a document's events array without
// building anything, so that a head (schema, sources, actors) longer than
// a window can be read once, whole and at its own size, rather than
// through ever larger windows parsed again each time. It follows the
// rules fieldsBeforeEvents reads by, but checks no more than it must to
// find the place: the head is parsed from what it finds, and a place it
// gets wrong fails that parse, never the dataset.
type eventsScan struct {
	depth    int // of objects and arrays; 1 inside the document's object
	state    scanState
	inString bool
	escaped  bool // the last byte of a string was a backslash
	key      []byte
	isEvents bool // the key just read is "events"
}

type scanState int

const (
	scanDocument scanState = iota // before the document's '{'
	scanKey                       // a key, or the object's end, is next
	scanInKey
	scanColon
	scanValue   // a member's value is next
	scanInValue // inside a member's value
	scanFailed  // not an object with an events array
)

// maxKeyBytes is the longest "events" can be written: every letter an
// escape.
const maxKeyBytes = 6 * len(`\u0000`)

// scan reads on through s, which holds the text from offset base on, and
// reports the offset of the events array's '[' when it is in s.
func (e *eventsScan) scan(s []byte, base int) (at int, found bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if e.inString {
			if !e.escaped && e.state != scanInKey { // a long text: on to its next quote or backslash
				j := bytes.IndexAny(s[i:], `"\`)
				if j < 0 {
					return 0, false
				}
				i += j
				c = s[i]
			}
			e.stringByte(c)
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if e.state == scanValue && e.isEvents && c == '[' {
			return base + i, true
		}
		e.step(c)
		if e.state == scanFailed {
			return 0, false
		}
	}
	return 0, false
}

// failed reports whether the text cannot hold an events array.
func (e *eventsScan) failed() bool { return e.state == scanFailed }

func (e *eventsScan) stringByte(c byte) {
	switch {
	case e.escaped:
		e.escaped = false
	case c == '\\':
		e.escaped = true
	case c == '"':
		e.inString = false
		if e.state == scanInKey {
			e.state, e.isEvents = scanColon, keyIsEvents(e.key)
		}
		return
	}
	if e.state == scanInKey && len(e.key) <= maxKeyBytes {
		e.key = append(e.key, c)
	}
}

// step reads one byte outside any string, not white space.
func (e *eventsScan) step(c byte) {
	switch e.state {
	case scanDocument:
		e.expect(c == '{', scanKey)
		e.depth = 1
	case scanKey:
		e.expect(c == '"', scanInKey) // '}': the object ends with no events array
		e.inString, e.key = true, e.key[:0]
	case scanColon:
		e.expect(c == ':', scanValue)
	case scanValue, scanInValue:
		e.state = scanInValue
		e.valueByte(c)
	}
}

func (e *eventsScan) expect(ok bool, next scanState) {
	if !ok {
		e.state = scanFailed
		return
	}
	e.state = next
}

// valueByte follows a member's value to the ',' after it.
func (e *eventsScan) valueByte(c byte) {
	switch c {
	case '"':
		e.inString = true
	case '{', '[':
		e.depth++
	case '}', ']':
		e.depth--
		if e.depth < 1 {
			e.state = scanFailed // the document ended with no events array
		}
	case ',':
		if e.depth == 1 {
			e.state = scanKey
		}
	}
}

// keyIsEvents reports whether a key's text, escapes and all, is "events".
func keyIsEvents(raw []byte) bool {
	if string(raw) == "events" {
		return true
	}
	if len(raw) > maxKeyBytes {
		return false
	}
	p := newParser(`"` + string(raw) + `"`)
	return p.str() == "events" && p.ok
}
