package model

// linkRef is a link by place: Events[event].Links[link].
type linkRef struct{ event, link int32 }

// indexIncoming records, for every event, the links other events make to
// it, in timeline order of the linking event: counted first, then filled,
// so the whole index is two flat allocations. Each link's target is
// looked up once.
func (d *Dataset) indexIncoming() {
	var targets []int32 // per link, in order: its target's position, -1 for none
	d.incoming.start = make([]int32, len(d.Events)+1)
	for _, e := range d.Events {
		for _, l := range e.Links {
			pos, ok := d.eventAt[l.EventID]
			if !ok {
				targets = append(targets, -1)
				continue
			}
			targets = append(targets, int32(pos))
			d.incoming.start[pos+1]++
		}
	}
	for pos := range d.Events {
		d.incoming.start[pos+1] += d.incoming.start[pos]
	}
	d.incoming.items = make([]linkRef, d.incoming.start[len(d.Events)])
	next := append([]int32(nil), d.incoming.start[:len(d.Events)]...)
	i := 0
	for from, e := range d.Events {
		for k := range e.Links {
			if pos := targets[i]; pos >= 0 {
				d.incoming.items[next[pos]] = linkRef{int32(from), int32(k)}
				next[pos]++
			}
			i++
		}
	}
}
