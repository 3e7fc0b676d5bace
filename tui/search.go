package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"parley/termsafe"
)

// searchBox is the search prompt in the status line. What is typed is the
// shared filter's search as it changes: the timeline narrows while typing.
type searchBox struct {
	ctx   *context
	input textinput.Model
	w     int
}

func newSearchBox(ctx *context, query string) searchBox {
	in := textinput.New()
	in.KeyMap = ctx.keys.Edit
	in.Prompt = "/ "
	in.Placeholder = "search titles, summaries, quotes, excerpts"
	in.PromptStyle = ctx.st.ruleFocused.Style
	in.PlaceholderStyle = ctx.st.dim.Style
	in.Cursor.SetMode(cursor.CursorStatic)
	in.SetValue(query)
	return searchBox{ctx: ctx, input: in}
}

func (b *searchBox) setSize(w, h int)  { b.w = max(w, 0) }
func (b *searchBox) takesText() bool   { return true }
func (b *searchBox) value() string     { return b.input.Value() }
func (b *searchBox) setValue(q string) { b.input.SetValue(q) }

// open starts editing the query the filter applies, the cursor at its end.
func (b *searchBox) open(query string) tea.Cmd {
	b.input.SetValue(query)
	b.input.CursorEnd()
	return b.input.Focus()
}

func (b *searchBox) close() { b.input.Blur() }

// update edits the query; enter keeps it (intentDone), esc clears it
// (intentBack), any change is the filter's (intentFilter).
func (b *searchBox) update(msg tea.Msg, s *shared) intent {
	k := b.ctx.keys
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return noIntent
	}
	switch {
	case key.Matches(km, k.Apply):
		return intentDone
	case key.Matches(km, k.Cancel):
		return intentBack
	}
	if km.Type == tea.KeyRunes {
		// A paste can hold what the terminal must not see: drop whole
		// escape sequences before the box drops only their ESC.
		km.Runes = []rune(typed(string(km.Runes)))
	}
	if !deleteLastWordRight(&b.input, km) {
		b.input, _ = b.input.Update(km) // the static cursor asks for no blinking
	}
	if v := b.value(); typed(v) != v {
		b.input.SetValue(typed(v))
	}
	if q := termsafe.Search(b.value()); q != s.filter.Search {
		s.filter.Search = q
		return intentFilter
	}
	return noIntent
}

func (b *searchBox) heading(s *shared) (string, string) { return "Search", "" }

// view is the status line while searching: the prompt, the text with its
// cursor and how many events it finds, or that the search is under way.
func (b *searchBox) view(s *shared) []string {
	st := b.ctx.st
	count := st.dim.Render(resultCount(b.ctx, s))
	room := max(b.w-width(b.input.Prompt)-width(count)-2, 1)
	text := inputLine(b.value(), b.input.Position(), room, b.input.Placeholder, st)
	return []string{spread(b.input.PromptStyle.Render(b.input.Prompt)+text, count, b.w)}
}

func (b *searchBox) ShortHelp() []key.Binding {
	k := b.ctx.keys
	return []key.Binding{k.Apply, k.Cancel}
}

func (b *searchBox) FullHelp() [][]key.Binding {
	k, e := b.ctx.keys, b.ctx.keys.Edit
	return [][]key.Binding{{k.Apply, k.Cancel, withDesc(k.Help, helpUntilTyped),
		withDesc(e.CharacterBackward, "left"), withDesc(e.CharacterForward, "right"),
		withDesc(e.WordBackward, "word left"), withDesc(e.WordForward, "word right"),
		withDesc(e.LineStart, "start"), withDesc(e.LineEnd, "end"),
		withDesc(e.DeleteCharacterBackward, "delete left"), withDesc(e.DeleteCharacterForward, "delete right"),
		withDesc(e.DeleteWordBackward, "delete word left"), withDesc(e.DeleteWordForward, "delete word right"),
		withDesc(e.DeleteBeforeCursor, "delete to start"), withDesc(e.DeleteAfterCursor, "delete to end")}}
}
