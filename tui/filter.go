package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// actorFilter is the actor facet: every actor with its number of events
// under the current filter, a check per chosen actor, any-of or all-of.
// Typing narrows the list by a plain substring of name or id over the
// dataset's own slice: no fuzzy matching, nothing recomputed per frame.
type actorFilter struct {
	ctx     *context
	chosen  []string // actor ids in the order chosen, for the status line
	mode    model.Match
	counts  map[string]int
	query   string
	find    []string       // per dataset actor: what typing is matched against (model.ActorMatchKey)
	visible []*model.Actor // actors matching query
	cursor  int            // index into visible
	sc      scroller
	w       int
}

// filter lines above the list: mode, query, rule.
const filterHeader = 3

func newActorFilter(ctx *context, f model.Filter) actorFilter {
	a := actorFilter{ctx: ctx, mode: f.Mode, find: make([]string, len(ctx.ds.Actors))}
	for i, act := range ctx.ds.Actors {
		a.find[i] = model.ActorMatchKey(act)
	}
	for _, id := range f.Actors {
		if ctx.ds.Actor(id) != nil && !a.isChosen(id) {
			a.chosen = append(a.chosen, id)
		}
	}
	a.narrow()
	return a
}

func (a *actorFilter) setSize(w, h int) {
	a.w = max(w, 0)
	a.sc.setHeight(h - filterHeader)
	a.sc.show(a.cursor, 1)
}

func (a *actorFilter) setCounts(c map[string]int) { a.counts = c }

func (a *actorFilter) isChosen(id string) bool {
	for _, c := range a.chosen {
		if c == id {
			return true
		}
	}
	return false
}

// narrow recomputes the visible actors from the query: a match in the
// name, the role or the id. Space chooses an actor, so a query has no
// spaces; spaces and hyphens are ignored on both sides, and "kimjong"
// finds Kim Jong Un.
func (a *actorFilter) narrow() {
	q := model.SquashForMatch(a.query)
	a.visible = nil // a fresh slice: copies of the model must not share it
	for i, act := range a.ctx.ds.Actors {
		if q == "" || strings.Contains(a.find[i], q) {
			a.visible = append(a.visible, act)
		}
	}
	a.cursor = max(min(a.cursor, len(a.visible)-1), 0)
	a.sc.setTotal(len(a.visible))
	a.sc.show(a.cursor, 1)
}

// update handles a key; it reports whether the actor filter changed.
func (a *actorFilter) update(msg tea.Msg) bool {
	k := a.ctx.keys
	switch msg := msg.(type) {
	case tea.MouseMsg:
		a.move(wheel(msg))
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.ListUp):
			a.move(-1)
		case key.Matches(msg, k.ListDown):
			a.move(1)
		case key.Matches(msg, k.ListPageUp):
			a.move(-a.sc.page())
		case key.Matches(msg, k.ListPageDown):
			a.move(a.sc.page())
		case key.Matches(msg, k.ListTop):
			a.move(-len(a.visible))
		case key.Matches(msg, k.ListBottom):
			a.move(len(a.visible))
		case key.Matches(msg, k.Toggle):
			return a.toggle()
		case key.Matches(msg, k.SwitchMode):
			a.mode = 1 - a.mode
			return len(a.chosen) > 1 // one actor matches the same either way
		case key.Matches(msg, k.ClearActors):
			changed := len(a.chosen) > 0
			a.chosen = nil
			return changed
		case key.Matches(msg, k.Erase):
			if r := []rune(a.query); len(r) > 0 {
				a.query = string(r[:len(r)-1])
				a.narrow()
			}
		case msg.Type == tea.KeyRunes:
			a.query += typed(string(msg.Runes))
			a.narrow()
		}
	}
	return false
}

func (a *actorFilter) move(d int) {
	a.cursor = max(min(a.cursor+d, len(a.visible)-1), 0)
	a.sc.show(a.cursor, 1)
}

func (a *actorFilter) toggle() bool {
	if a.cursor >= len(a.visible) {
		return false
	}
	id := a.visible[a.cursor].ID
	for i, c := range a.chosen {
		if c == id {
			a.chosen = append(a.chosen[:i:i], a.chosen[i+1:]...)
			return true
		}
	}
	a.chosen = append(a.chosen[:len(a.chosen):len(a.chosen)], id)
	return true
}

// clearQuery empties the narrowing text; false when it was empty already.
func (a *actorFilter) clearQuery() bool {
	if a.query == "" {
		return false
	}
	a.query = ""
	a.narrow()
	return true
}

func (a *actorFilter) view() []string {
	st, w := a.ctx.st, a.w
	anyOf, allOf := "( ) any of", "( ) all of"
	if a.mode == model.MatchAll {
		allOf = "(•) all of"
	} else {
		anyOf = "(•) any of"
	}
	find := inputLine(a.query, len([]rune(a.query)), w-6, "type to narrow · space chooses", st)
	lines := []string{
		truncate(st.label.Render("Match ")+anyOf+"  "+allOf+st.dim.Render("  ctrl+a"), w),
		truncate(st.label.Render("Find  ")+find, w),
		st.rule.Render(repeat("─", w)),
	}
	if len(a.visible) == 0 {
		msg := fmt.Sprintf("No actor matches %q. Backspace or esc to clear.", a.query)
		if a.query == "" {
			msg = "This dataset has no actors."
		}
		return append(lines, wrapIndent("", "", msg, w, st.dim)...)
	}
	from, to := a.sc.window()
	for i := from; i < to; i++ {
		lines = append(lines, a.row(a.visible[i], i == a.cursor))
	}
	return lines
}

// row: marker, check, colour swatch, name, and the count at the right.
func (a *actorFilter) row(act *model.Actor, selected bool) string {
	st := a.ctx.st
	marker, check := "  ", "[ ] "
	if selected {
		marker = "▶ "
	}
	if a.isChosen(act.ID) {
		check = "[x] "
	}
	count := fmt.Sprintf(" %3d", a.counts[act.ID])
	nameW := a.w - 2 - 4 - 2 - width(count)
	name, role := flatten(act.Name), ""
	if act.Role != "" && width(name)+4 < nameW { // the role too, where it fits: typing finds roles
		role = truncate(" · "+flatten(act.Role), nameW-width(name))
	}
	if selected {
		return st.selected.Render(pad(marker+check+"● "+pad(name+role, nameW)+count, a.w))
	}
	name = pad(name+st.dim.Render(role), nameW)
	countStyle := st.header
	if a.counts[act.ID] == 0 {
		countStyle = st.dim
	}
	return truncate(marker+check+a.ctx.actorStyle[act.ID].Render("● ")+name+countStyle.Render(count), a.w)
}
