package axis

// frameCache is what a frame draws whatever is selected: the table of the
// events' columns, the rows above the lanes, each lane's line without the
// selection's marks, and the scale. Moving the selection within the window
// redraws from it, so a step or a lane change costs the lanes' width, not
// a pass over the events. It is built for one window and scale (its key)
// and never changed; the one before is kept too, so zooming out again
// after zooming in costs nothing either.
type frameCache struct {
	key   cacheKey
	plot  *plot
	head  []string // phases band and density strip, rendered
	lanes []line
	scale []string // ticks and labels, rendered
}

// cacheKey is what a frame cache was built for, besides the events and
// the lanes, which drop every cache when they change (see forget).
type cacheKey struct {
	from, to  day
	collapsed bool
	w, h      int
}

func (m *Model) cacheKey() cacheKey {
	return cacheKey{from: m.from, to: m.to, collapsed: m.collapsed, w: m.width, h: m.height}
}

// invalidate sets aside the current cache when the window or the scale
// changed, bringing back the one before if it was built for the new ones.
func (m *Model) invalidate() {
	k := m.cacheKey()
	switch {
	case m.cache != nil && m.cache.key == k:
	case m.prev != nil && m.prev.key == k:
		m.cache, m.prev = m.prev, m.cache
	default:
		m.cache, m.prev = nil, m.cache
	}
}

// forget drops both caches: the events or the lanes changed.
func (m *Model) forget() { m.cache, m.prev = nil, nil }

func (m *Model) buildCache(r rows) *frameCache {
	p := newPlot(m, m.labelWidth(), m.plotWidth())
	shown := min(len(m.lanes), r.lanes)
	p.bins = p.bin(shown)
	c := &frameCache{key: m.cacheKey(), plot: p}
	if r.band {
		c.head = append(c.head, m.render(p.bandRow()))
	}
	c.head = append(c.head, m.render(p.densityRow()))
	for k := range shown {
		c.lanes = append(c.lanes, p.laneRow(k))
	}
	c.scale = []string{m.render(p.tickRow()), m.render(p.labelRow())}
	return c
}
