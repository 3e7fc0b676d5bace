package model

// linkRef is a link by place: Events[event].Links[link].
type linkRef struct{ event, link int32 }

// indexIncoming records, for every event, the links other events make to
// it, in timeline order of the linking event: counted first, then filled,
// so the whole index is two flat allocations.
func (d *Dataset) indexIncoming() {
	target := func(l Link) (int, bool) { pos, ok := d.eventAt[l.EventID]; return pos, ok }
	d.incoming.start = make([]int32, len(d.Events)+1)
	for _, e := range d.Events {
		for _, l := range e.Links {
			if pos, ok := target(l); ok {
				d.incoming.start[pos+1]++
			}
		}
	}
	for pos := range d.Events {
		d.incoming.start[pos+1] += d.incoming.start[pos]
	}
	d.incoming.items = make([]linkRef, d.incoming.start[len(d.Events)])
	next := append([]int32(nil), d.incoming.start[:len(d.Events)]...)
	for from, e := range d.Events {
		for k, l := range e.Links {
			if pos, ok := target(l); ok {
				d.incoming.items[next[pos]] = linkRef{int32(from), int32(k)}
				next[pos]++
			}
		}
	}
}
