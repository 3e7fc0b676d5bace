package data

import (
	"encoding/json"
	"strings"
)

// stream reads a document whose events array comes last among its fields,
// as datasets are written, checking each event as soon as it is parsed so
// that the tree of all events is never held at once: a large dataset
// loads in a fraction of the time and memory. Read from a file window by
// window (see feed), the file is never held whole either: what the
// dataset keeps is copied out of each window (see keep.go).
//
// It reports the same problems, in the same order, as readDocument on the
// whole tree. ok is false when the text is not valid JSON or not of that
// shape; whatever was noted then does not count.
func (r *reader) stream(f *feed) (doc *document, ok bool) {
	p, top, ok := r.head(f)
	if !ok {
		return nil, false
	}
	if r.object("", top, documentSpec.names()...) == nil {
		return nil, false
	}
	doc = r.readHead(top)
	if !r.readEvents(doc, f, p) {
		return nil, false
	}
	if f.windows() { // what follows the events is kept: a string of its own
		rest := f.rest(p.i)
		p.s, p.i, p.base, r.text = rest.text, 0, rest.base, rest
	}
	if top, ok = r.phasesAfterEvents(p, top); !ok {
		return nil, false
	}
	if p.eat('}'); !p.ok || !p.atEnd() {
		return nil, false // other fields after the events, or not JSON
	}
	r.resolveLinks()
	r.readPhases(doc, top)
	return doc, true
}

// head parses the document's fields up to its events array; p is left at
// the array's '['. From a window, the fields are parsed again from a text
// of their own, which the dataset keeps, and the window moves on to the
// events: a copy of the window's start, or, for a head longer than the
// first window, the head read whole at its own size (see feed.headAt).
func (r *reader) head(f *feed) (p *parser, top object, ok bool) {
	p = parserAt(f.textAt)
	top, ok = fieldsBeforeEvents(p)
	r.text = f.textAt
	if !f.windows() || !ok && !p.ranOut() {
		return p, top, ok
	}
	if ok {
		end := p.i + 1 // the array's '['
		r.text = textAt{text: strings.Clone(f.text[:end]), base: f.base, line: f.line, col: f.col}
		f.drop(p.i)
	} else {
		at, found := f.headAt()
		if !found {
			return nil, nil, false
		}
		if r.text, ok = f.readHead(at); !ok {
			return nil, nil, false
		}
	}
	if top, ok = fieldsBeforeEvents(parserAt(r.text)); !ok {
		return nil, nil, false
	}
	p = parserAt(f.textAt)
	p.depth = 1 // inside the document's object
	return p, top, true
}

// fieldsBeforeEvents reads the document's fields up to its events array,
// ending with an events member that stands for the array; p is left at
// the array's '['. ok is false when the text is not an object with an
// events array, or ends before it.
func fieldsBeforeEvents(p *parser) (top object, ok bool) {
	if p.next() != '{' || !p.enter() {
		return nil, false
	}
	p.i++
	for p.next() == '"' {
		at := p.base + p.i
		k := p.str()
		p.eat(':')
		if !p.ok {
			return nil, false
		}
		if k == "events" && p.next() == '[' {
			return append(top, member{k, []any{}, at}), true // present and an array; its elements follow
		}
		top = append(top, member{k, p.value(), at})
		if p.eat(','); !p.ok {
			return nil, false // the object ended before any events array
		}
	}
	if p.i >= len(p.s) {
		p.fail() // ran out of text: a window reads on
	}
	return nil, false
}

// phasesAfterEvents reads a phases field that follows the events array,
// as phases name events and are written after them. Any other field there
// is left to readDocument, which reports unknown fields in their order.
func (r *reader) phasesAfterEvents(p *parser, top object) (object, bool) {
	if p.next() != ',' {
		return top, true
	}
	p.i++
	if p.next() != '"' {
		return top, false
	}
	at := p.base + p.i
	if p.str() != "phases" {
		return top, false
	}
	if p.eat(':'); !p.ok {
		return top, false
	}
	return append(top, member{"phases", p.value(), at}), p.ok
}

// parseAll reads a whole document into a tree, or reports it cannot.
func parseAll(s string) (any, bool) {
	p := newParser(s)
	v := p.value()
	if !p.atEnd() {
		return nil, false
	}
	return v, p.ok
}

// parsed is a batch of events parsed from one window, and the window.
type parsed struct {
	events []any
	in     textAt
}

// readEvents parses the events array at p and checks each event, the two
// side by side: one goroutine parses while another checks what has been
// parsed, in batches, in order. It reads on through f as the parser
// reaches the end of its window. ok is false when the array is not valid
// JSON.
func (r *reader) readEvents(doc *document, f *feed, p *parser) (ok bool) {
	const batchSize = 256
	w, over := workersFor(f.size)
	defer over()
	batches := make(chan parsed, 4)
	done := make(chan struct{})
	go func() {
		w := w.begin()
		i := 0
		for batch := range batches {
			r.text = batch.in
			for _, v := range batch.events {
				r.readEventAt(doc, i, v)
				r.preview.checked(r, doc)
				w.yield(i)
				i++
			}
		}
		close(done)
	}()
	batch := make([]any, 0, batchSize)
	send := func() {
		r.preview.parsedTo(p.base + p.i)
		batches <- parsed{batch, f.textAt}
		batch = make([]any, 0, batchSize)
	}
	// readOn moves the window on to start at from, sending what was parsed
	// from the old one first.
	readOn := func(from int) bool {
		if !f.windows() {
			return false
		}
		send()
		if !f.more(from) {
			return false
		}
		*p = *parserAt(f.textAt)
		return true
	}
	parsedAll := make(chan bool)
	go func() { // the parser's own goroutine, as begin may take its thread for good
		w := w.begin()
		parsedAll <- r.eachEvent(f, p, readOn, func(i int, v any) {
			if r.report != nil && i%reportEveryEvents == 0 {
				r.report(Progress{Stage: StageChecking, Done: f.done(p.base + p.i), Total: int64(f.size), Events: i})
			}
			if batch = append(batch, v); len(batch) == batchSize {
				send()
			}
			w.yield(i)
		})
	}()
	ok = <-parsedAll
	send()
	close(batches)
	<-done
	r.preview.wait()
	return ok
}

// eachEvent parses the elements of the array at p, handing each to each
// with its index. When the parser runs out of text, readOn(from) moves
// the window on to start at text[from:] and reads on, reporting whether
// there was more to read.
func (r *reader) eachEvent(f *feed, p *parser, readOn func(from int) bool, each func(i int, v any)) bool {
	if !p.enter() {
		return false
	}
	p.eat('[')
	depth := p.depth // inside the array: a new parser starts there
	next := func() byte {
		c := p.next()
		for c == 0 && readOn(p.i) {
			p.depth = depth
			c = p.next()
		}
		return c
	}
	for i := 0; p.ok; i++ {
		if c := next(); c == ']' && i == 0 {
			break
		}
		start := p.i
		v := p.value()
		for cutAtEnd(p, v) && readOn(start) {
			start, p.depth = 0, depth // the window starts with the element now
			v = p.value()
		}
		if !p.ok {
			return false
		}
		each(i, v)
		c := next()
		switch c {
		case ',':
			p.i++
			continue
		case ']':
		default:
			return false
		}
		break
	}
	if !p.ok {
		return false
	}
	p.i++ // ]
	p.depth--
	return true
}

// cutAtEnd reports whether the value v just read may go on past the end
// of the parser's text: it failed there, or it is a number ending there,
// whose digits the next window may carry on. At the end of the file
// there is nothing more to read, and v stands.
func cutAtEnd(p *parser, v any) bool {
	if !p.ok {
		return p.ranOut()
	}
	_, number := v.(json.Number)
	return number && p.i == len(p.s)
}

// parserAt is a parser of t's text that counts offsets from the file's start.
func parserAt(t textAt) *parser {
	p := newParser(t.text)
	p.base = t.base
	return p
}
