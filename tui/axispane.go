package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"parley/internal/words"
	"parley/model"
	"parley/tui/axis"
)

// axisPane puts the time axis (package axis) in place of the timeline:
// the same events under the same filter, drawn on a time scale. It turns
// the axis's messages into the root's intents.
type axisPane struct {
	ctx     *context
	ax      axis.Model
	placing axisPlacing // a big result's placement on its way (see axisplace.go)
	held    axisInput   // what ax has placed; zero while it waits for a placement
}

// axisInput is what a placement is made from: a result and the chosen
// actors, whose lanes come first.
type axisInput struct {
	result model.Result
	actors []string
}

// holds reports whether the axis has the same result placed, as when an
// actor is toggled off again or a search cleared (model.Result.Same).
func (a *axisPane) holds(in axisInput) bool {
	h := a.held
	return h.result.At != nil && h.result.Same(in.result) && slices.Equal(h.actors, in.actors)
}

func newAxisPane(ctx *context) axisPane {
	st := ctx.st
	styles := axis.Styles{Label: st.label, Current: st.bold, Selected: st.selected, Related: st.bold, Dim: st.dim, Band: st.label}
	return axisPane{ctx: ctx, ax: axis.New(ctx.ds, ctx.keys.Axis, styles)}
}

func (a *axisPane) setSize(w, h int)       { a.ax.SetSize(w, h) }
func (a *axisPane) takesText() bool        { return false }
func (a *axisPane) selected() *model.Event { return a.ax.Selected() }

// setEvents gives the axis the filtered events and the chosen actors,
// keeping keep selected when it is among them.
func (a *axisPane) setEvents(in axisInput, keep *model.Event) {
	a.ax.SetEvents(in.result.Events(), in.actors)
	a.held = in
	a.ax.Select(keep)
}

// setPlacing shows the axis waiting for a placement made elsewhere.
func (a *axisPane) setPlacing() {
	a.ax.SetPlacing()
	a.held = axisInput{}
}

// adopt puts in the axis laid out on a goroutine, keeping keep selected
// when it is among its events.
func (a *axisPane) adopt(next axis.Model, from axisInput, keep *model.Event) {
	a.ax.Adopt(next)
	a.held = from
	a.ax.Select(keep)
}

func (a *axisPane) selectEvent(e *model.Event) { a.ax.Select(e) }

// setMarked gives the axis the marked events, for its ★.
func (a *axisPane) setMarked(ids map[string]bool) { a.ax.SetMarked(ids) }

// update passes keys to the axis: enter opens (intentOpen), esc leaves
// (intentBack), a new selection is intentMoved. The axis's commands only
// carry those messages, so they are read here rather than sent round.
func (a *axisPane) update(msg tea.Msg, s *shared) intent {
	if _, ok := msg.(tea.KeyMsg); !ok {
		return noIntent
	}
	before := a.ax.Selected()
	var cmd tea.Cmd
	a.ax, cmd = a.ax.Update(msg)
	if cmd != nil {
		switch cmd().(type) {
		case axis.OpenMsg:
			return intentOpen
		case axis.CloseMsg:
			return intentBack
		}
	}
	if a.ax.Selected() != before {
		return intentMoved
	}
	return noIntent
}

func (a *axisPane) heading(s *shared) (string, string) {
	if a.ax.Placing() {
		return "Time axis", "placing " + words.Grouped(s.result.Len(), "event", "events") + "…"
	}
	return "Time axis", words.Grouped(s.result.Len(), "event", "events")
}

func (a *axisPane) view(s *shared) []string { return strings.Split(a.ax.View(), "\n") }

func (a *axisPane) ShortHelp() []key.Binding { return a.ax.ShortHelp() }

// FullHelp is the axis's section of the help screen: its keys but g/G
// (first and last, as the Move section has them) and t (a global key).
func (a *axisPane) FullHelp() [][]key.Binding {
	k := a.ctx.keys.Axis
	return [][]key.Binding{{k.Prev, k.Next, k.LaneUp, k.LaneDown, k.ZoomIn, k.ZoomOut, k.Fit, k.Collapse, k.Open, k.Back,
		withDesc(a.ctx.keys.Copy, "copy the event")}}
}
