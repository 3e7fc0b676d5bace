package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
	"parley/tui/pattern"
)

// patternPane shows the dataset's two phases side by side (package
// pattern) over the body; enter opens the chosen event in the detail.
type patternPane struct {
	ctx *context
	pv  pattern.Model
}

func newPatternPane(ctx *context) patternPane {
	st := ctx.st
	styles := pattern.Styles{Heading: st.bold.Style, Selected: st.selected.Style, Words: st.excerpt.Style, Note: st.label.Style, Dim: st.dim.Style}
	return patternPane{ctx: ctx, pv: pattern.New(ctx.ds, ctx.keys.PatternView, styles)}
}

func (p *patternPane) setSize(w, h int)        { p.pv.SetSize(w, h) }
func (p *patternPane) takesText() bool         { return false }
func (p *patternPane) selected() *model.Event  { return p.pv.Selected() }
func (p *patternPane) view(s *shared) []string { return strings.Split(p.pv.View(), "\n") }

func (p *patternPane) heading(s *shared) (string, string) { return "Pattern", "p or esc closes" }

// update passes keys to the view: enter opens (intentOpen), esc leaves
// (intentBack).
func (p *patternPane) update(msg tea.Msg, s *shared) intent {
	if _, ok := msg.(tea.KeyMsg); !ok {
		return noIntent
	}
	var cmd tea.Cmd
	p.pv, cmd = p.pv.Update(msg)
	if cmd != nil {
		switch cmd().(type) {
		case pattern.OpenMsg:
			return intentOpen
		case pattern.CloseMsg:
			return intentBack
		}
	}
	return noIntent
}

func (p *patternPane) ShortHelp() []key.Binding { return p.pv.ShortHelp() }

// FullHelp is the view's section of the help screen: its keys but g/G
// (first and last, as the Move section has them) and p (a global key).
func (p *patternPane) FullHelp() [][]key.Binding {
	k := p.ctx.keys.PatternView
	return [][]key.Binding{{k.Up, k.Down, k.Earlier, k.Later, k.Open, k.Back, withDesc(p.ctx.keys.Copy, "copy the event")}}
}
