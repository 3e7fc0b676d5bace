package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/words"
	"parley/model"
)

// actorFilter is the actor facet: every actor with its number of events
// under the current filter, a check per chosen actor, any-of or all-of.
// The choice itself is the shared model.Filter: the pane reads and changes
// it there. Typing narrows the list by a plain substring of name or id over
// the dataset's own slice: no fuzzy matching, nothing recomputed per frame.
type actorFilter struct {
	ctx     *context
	counts  map[string]int
	countW  int // columns of the widest count, grouped: the counts line up
	query   string
	find    []string       // per dataset actor: what typing is matched against (model.ActorMatchKey)
	visible []*model.Actor // actors matching query
	cursor  int            // index into visible
	sc      scroller
	w       int
}

// filter lines above the list: mode, what the numbers count, query, rule.
const filterHeader = 4

func newActorFilter(ctx *context) actorFilter {
	a := actorFilter{ctx: ctx, find: make([]string, len(ctx.ds.Actors))}
	for i, act := range ctx.ds.Actors {
		a.find[i] = model.ActorMatchKey(act)
	}
	a.narrow()
	return a
}

// knownActors is ids without unknown actors and repeats, in their order.
func knownActors(ds *model.Dataset, ids []string) []string {
	var out []string
	for _, id := range ids {
		if ds.Actor(id) != nil && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func (a *actorFilter) setSize(w, h int) {
	a.w = max(w, 0)
	a.sc.setHeight(h - filterHeader)
	a.sc.show(a.cursor, 1)
}

func (a *actorFilter) setCounts(c map[string]int) {
	a.counts, a.countW = c, 3
	for _, n := range c {
		a.countW = max(a.countW, len(words.Thousands(n)))
	}
}

func (a *actorFilter) takesText() bool { return true }

// narrow recomputes the visible actors from the query: a match in the
// name, the role or the id. Space chooses an actor, so a query has no
// spaces; spaces and hyphens are ignored on both sides, and "kimjong"
// finds Kim Jong Un. The cursor stays on its actor while that actor is
// listed, else goes to the next one listed after it: space must choose
// the actor it was on, not whoever now has its row.
func (a *actorFilter) narrow() {
	var keep *model.Actor
	if a.cursor < len(a.visible) {
		keep = a.visible[a.cursor]
	}
	q := model.SquashForMatch(a.query)
	a.visible = nil // a fresh slice: copies of the model must not share it
	a.cursor = -1
	passed := keep == nil // keep's place in the dataset's order is behind us
	for i, act := range a.ctx.ds.Actors {
		passed = passed || act == keep
		if q == "" || strings.Contains(a.find[i], q) {
			if passed && a.cursor < 0 {
				a.cursor = len(a.visible)
			}
			a.visible = append(a.visible, act)
		}
	}
	if a.cursor < 0 { // nothing listed after it: the last
		a.cursor = len(a.visible) - 1
	}
	a.cursor = max(a.cursor, 0)
	a.sc.setTotal(len(a.visible))
	a.sc.show(a.cursor, 1)
}

// update moves through the list, narrows it as letters are typed and
// changes the shared filter (intentFilter); enter is done, esc clears the
// typed text and then leaves.
func (a *actorFilter) update(msg tea.Msg, s *shared) intent {
	k := a.ctx.keys
	if mv, ok := navigate(msg, k.ListNav); ok {
		a.cursor = mv.apply(a.cursor, a.sc.page(), max(len(a.visible)-1, 0))
		a.sc.show(a.cursor, 1)
		return noIntent
	}
	f := &s.filter
	if click, ok := msg.(tea.MouseMsg); ok && isClick(msg) { // a click chooses the actor under it
		y := click.Y - filterHeader // the list's own row
		if row := a.sc.off + y; y >= 0 && y < a.sc.height && row < len(a.visible) {
			a.cursor = row
			f.Actors = toggled(f.Actors, a.visible[row].ID)
			return intentFilter
		}
		return noIntent
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return noIntent
	}
	switch {
	case key.Matches(km, k.Done):
		return intentDone
	case key.Matches(km, k.Back):
		if !a.clearQuery() {
			return intentBack
		}
	case key.Matches(km, k.Toggle):
		if a.cursor < len(a.visible) {
			f.Actors = toggled(f.Actors, a.visible[a.cursor].ID)
			return intentFilter
		}
	case key.Matches(km, k.SwitchMode):
		f.Mode = 1 - f.Mode
		return intentFilter
	case key.Matches(km, k.ClearActors):
		if len(f.Actors) > 0 {
			f.Actors = nil
			return intentFilter
		}
	case key.Matches(km, k.ClearText):
		a.clearQuery()
	case key.Matches(km, k.Erase):
		if r := []rune(a.query); len(r) > 0 {
			a.query = string(r[:len(r)-1])
			a.narrow()
		}
	case km.Type == tea.KeyRunes:
		a.query += typed(string(km.Runes))
		a.narrow()
	}
	return noIntent
}

// toggled is ids with id added at the end, or taken out; a new slice, as
// copies of the model must not share one.
func toggled(ids []string, id string) []string {
	if i := slices.Index(ids, id); i >= 0 {
		return append(ids[:i:i], ids[i+1:]...)
	}
	return append(ids[:len(ids):len(ids)], id)
}

func (a *actorFilter) heading(s *shared) (string, string) {
	return "Actors", words.Thousands(len(s.filter.Actors)) + " chosen"
}

func (a *actorFilter) ShortHelp() []key.Binding {
	k := a.ctx.keys
	esc := withDesc(k.Back, "close")
	if a.query != "" {
		esc = withDesc(k.Back, "clear text")
	}
	return []key.Binding{k.Toggle, k.ListNav.Down, k.ListNav.Up, k.SwitchMode, k.ClearActors, k.Done, esc}
}

func (a *actorFilter) FullHelp() [][]key.Binding {
	k := a.ctx.keys
	return [][]key.Binding{append(k.ListNav.bindings(),
		k.Toggle, k.SwitchMode, k.ClearActors, k.Narrow, k.Erase, k.ClearText, k.Done, withDesc(k.Back, "clear text, then close"),
		withDesc(k.Help, helpUntilTyped))}
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

func (a *actorFilter) view(s *shared) []string {
	st, w := a.ctx.st, a.w
	anyOf, allOf := "( ) any of", "( ) all of"
	if s.filter.Mode == model.MatchAll {
		allOf = "(•) all of"
	} else {
		anyOf = "(•) any of"
	}
	find := inputLine(a.query, len([]rune(a.query)), w-6, "type to narrow · space chooses", st)
	lines := []string{
		truncate(st.label.Render("Match ")+anyOf+"  "+allOf+st.dim.Render("  ctrl+a"), w),
		truncate(st.dim.Render(countsMean(s.filter)), w),
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
		lines = append(lines, a.row(a.visible[i], i == a.cursor, slices.Contains(s.filter.Actors, a.visible[i].ID)))
	}
	return lines
}

// row: marker, check, colour swatch, name, and the count at the right.
func (a *actorFilter) row(act *model.Actor, selected, chosen bool) string {
	st := a.ctx.st
	marker, check := "  ", "[ ] "
	if selected {
		marker = "▶ "
	}
	if chosen {
		check = "[x] "
	}
	count := fmt.Sprintf(" %*s", a.countW, words.Thousands(a.counts[act.ID]))
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

// countsMean says what the number beside each actor counts (see
// model.FacetCounts): in any-of mode what choosing the actor would bring
// in, in all-of mode what would be left.
func countsMean(f model.Filter) string {
	switch {
	case f.Mode == model.MatchAll:
		return "Numbers: events left if it is chosen too"
	case f.Search != "":
		return "Numbers: each actor's events in the search"
	}
	return "Numbers: each actor's events"
}
