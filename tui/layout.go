package tui

import "slices"

// paneID names a component of the explorer.
type paneID int

const (
	paneTimeline paneID = iota
	paneDetail
	paneActors
	paneReader
	paneSearch // the search prompt, drawn in the status line
	paneHelp
	paneAxis    // the time axis, in place of the timeline
	panePattern // two phases side by side, over the body
	paneNote    // the note editor
)

// layout is the one record of what is on screen and which pane has the
// keys. The keys go to focus(); every way of changing the layout goes
// through browse, push and pop, which keep focus() on screen:
//
//   - list is how the events are listed on the left: the timeline, or the
//     time axis in its place (setList).
//   - base is the browsing pane with the keys when nothing is over it: the
//     list, or side. browse sets both, so the pane given the keys is the
//     one drawn beside the list.
//   - side is the pane beside the timeline on a wide terminal: the event's
//     detail or the actor filter.
//   - over are overlays, the last on top: the reader, the pattern, the
//     note editor and the help fill the body, the search prompt fills the
//     status line.
//   - from, when not nil, is the layout the event in the detail was opened
//     from when that was not a browsing pane (the pattern view): esc on
//     the detail goes back to it. Giving the keys to another browsing
//     pane forgets it; overlays over the detail (the reader) keep it.
type layout struct {
	list paneID
	base paneID
	side paneID
	over []paneID
	from *layout
}

func newLayout() layout { return layout{list: paneTimeline, base: paneTimeline, side: paneDetail} }

// setList lists the events as p (the timeline or the axis) and gives it
// the keys.
func (l *layout) setList(p paneID) {
	l.list = p
	l.browse(p)
}

// focus is the pane that gets the keys.
func (l layout) focus() paneID {
	if n := len(l.over); n > 0 {
		return l.over[n-1]
	}
	return l.base
}

// has reports whether p is an open overlay.
func (l layout) has(p paneID) bool { return slices.Contains(l.over, p) }

// browse gives the keys to a browsing pane, closing every overlay.
func (l *layout) browse(p paneID) {
	if p != l.base {
		l.from = nil
	}
	l.base, l.over = p, nil
	if p != l.list {
		l.side = p
	}
}

// openedFrom gives the keys to the detail, remembering was, the layout
// the event was chosen in, for esc to go back to: one step, not the
// path that led there, which may hold a view closed since.
func (l *layout) openedFrom(was layout) {
	l.browse(paneDetail)
	was.from = nil
	l.from = &was
}

// back leaves the detail for where its event was opened from, or else
// for the list.
func (l *layout) back() {
	if l.from != nil {
		*l = *l.from
		return
	}
	l.browse(l.list)
}

// swap gives the keys to the other browsing pane: the list or side.
func (l *layout) swap() {
	if l.base == l.list {
		l.browse(l.side)
	} else {
		l.browse(l.list)
	}
}

// closeSide puts the actor filter away: the keys to the list, the detail
// beside it again.
func (l *layout) closeSide() {
	l.browse(l.list)
	l.side = paneDetail
}

// push opens an overlay on top; one already open comes to the top, with
// what was above it closed.
func (l *layout) push(p paneID) {
	if i := slices.Index(l.over, p); i >= 0 {
		l.over = l.over[:i]
	}
	l.over = append(l.over[:len(l.over):len(l.over)], p)
}

// pop closes the top overlay.
func (l *layout) pop() {
	if n := len(l.over); n > 0 {
		l.over = l.over[: n-1 : n-1]
	}
}

// drop closes overlay p wherever it is, keeping those above it.
func (l *layout) drop(p paneID) {
	l.over = slices.DeleteFunc(slices.Clone(l.over), func(q paneID) bool { return q == p })
}

// body is the panes drawn between header and status line, left to right:
// the topmost full-screen overlay alone; else, when wide, the list and the
// side pane; else the browsing pane with the keys.
func (l layout) body(wide bool) []paneID {
	for i := len(l.over) - 1; i >= 0; i-- {
		if p := l.over[i]; p == paneReader || p == paneHelp || p == panePattern || p == paneNote {
			return []paneID{p}
		}
	}
	if wide {
		return []paneID{l.list, l.side}
	}
	return []paneID{l.base}
}
