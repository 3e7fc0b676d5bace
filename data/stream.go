package data

// stream reads a document whose events array comes last among its fields,
// as datasets are written, checking each event as soon as it is parsed so
// that the tree of all events is never held at once: a large dataset
// loads in a fraction of the time and memory.
//
// It reports the same problems, in the same order, as readDocument on the
// whole tree. ok is false when the text is not valid JSON or not of that
// shape; whatever was noted then does not count.
func (r *reader) stream(s string) (doc *document, ok bool) {
	p := newParser(s)
	if p.next() != '{' || !p.enter() {
		return nil, false
	}
	p.i++
	var top object
	for p.next() == '"' {
		at := p.i
		k := p.str()
		p.eat(':')
		if !p.ok {
			return nil, false
		}
		if k == "events" && p.next() == '[' {
			top = append(top, member{k, []any{}, at}) // present and an array; its elements follow
			if r.object("", top, documentSpec.names()...) == nil {
				return nil, false
			}
			doc = r.readHead(top)
			r.readEvents(doc, p)
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
		top = append(top, member{k, p.value(), at})
		if p.eat(','); !p.ok {
			return nil, false // the object ended before any events array
		}
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
	at := p.i
	if p.next() != '"' || p.str() != "phases" {
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

// readEvents parses the events array at p and checks each event, the two
// side by side: this goroutine parses while another checks what has been
// parsed, in batches, in order.
func (r *reader) readEvents(doc *document, p *parser) {
	const batchSize = 256
	batches := make(chan []any, 4)
	done := make(chan struct{})
	go func() {
		i := 0
		for batch := range batches {
			for _, v := range batch {
				r.readEventAt(doc, i, v)
				r.preview.checked(r, doc)
				i++
			}
		}
		close(done)
	}()
	batch := make([]any, 0, batchSize)
	p.elements(func(i int) {
		if r.report != nil && i%reportEveryEvents == 0 {
			r.report(Progress{Stage: StageChecking, Done: int64(p.i), Total: int64(len(p.s)), Events: i})
		}
		if v := p.value(); p.ok {
			if batch = append(batch, v); len(batch) == batchSize {
				r.preview.parsedTo(p.i)
				batches <- batch
				batch = make([]any, 0, batchSize)
			}
		}
	})
	batches <- batch
	close(batches)
	<-done
	r.preview.wait()
}
