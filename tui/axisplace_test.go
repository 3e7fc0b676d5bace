package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/bench/gen"
)

// placeNow delivers the axis's placement on its way, if any, as the
// command Update handed out (press drops it) would.
func placeNow(t testing.TB, m Model) Model {
	t.Helper()
	if pl := m.axis.placing; pl.running {
		ds := m.ctx.ds
		m, _ = update(m, placedMsg{ds: ds, gen: pl.gen, ax: m.axis.ax.WithEvents(m.result.Events(), m.filter.Actors)})
	}
	if m.axis.ax.Placing() {
		t.Fatal("the axis still waits for its placement")
	}
	return m
}

// On a big result, t shows the axis saying it places the events and
// hands the placing to a command; when it lands, the frame is the one
// the axis draws when it places them in place.
func TestAxisPlacedInTheBackground(t *testing.T) {
	want := press(t, sized(t, 120, 40, Options{}), "t").View()

	m := inBackground(t, 120, 40)
	m, cmd := update(m, keyMsg("t"))
	if cmd == nil {
		t.Fatal("t on a big result returned no command to place the events")
	}
	if v := m.View(); !strings.Contains(v, "Placing events on the time axis…") || !strings.Contains(v, "placing") {
		t.Fatalf("while placing, the axis does not say so:\n%s", v)
	}
	m, _ = update(m, mustMsg[placedMsg](t, cmd))
	if got := m.View(); got != want {
		t.Errorf("after the placement landed:\n%s\nwant, as placed in place:\n%s", got, want)
	}
}

// A placement for events replaced since it began is dropped: the axis
// waits for the one for the current events.
func TestStaleAxisPlacementDropped(t *testing.T) {
	m := inBackground(t, 120, 40)
	m, cmd := update(m, keyMsg("t"))
	stale := mustMsg[placedMsg](t, cmd)
	m.axisStale = true // a new result came in meanwhile
	m.result = resultOf(m.ctx.ds, m.ctx.ds.Events[:3]...)
	m.refreshAxis()
	m, cmd = update(m, stale) // the current placement starts with it
	if !m.axis.ax.Placing() {
		t.Fatalf("a stale placement was shown:\n%s", m.View())
	}
	m, _ = update(m, mustMsg[placedMsg](t, cmd))
	if m.axis.ax.Placing() || !strings.Contains(m.View(), "3 events") {
		t.Errorf("the current placement did not land:\n%s", m.View())
	}
}

// A big dataset's axis is placed ahead, at start-up and once a load
// completes, as its search index is built: the first t draws it at once.
func TestBigAxisPlacedAhead(t *testing.T) {
	g, err := gen.Load(gen.Params{Seed: 3, Events: backgroundFrom, Actors: 20, SourceBytes: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	opened, sizedCmd := update(New(g.Safe, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	loading, loadedCmd := deliver(loadingModel(t, 120, 40, Options{}), Update{Dataset: g.Safe, Raw: g.Raw, Complete: true})
	for name, c := range map[string]struct {
		m   Model
		cmd tea.Cmd
	}{"at start-up": {opened, sizedCmd}, "once loaded": {loading, loadedCmd}} {
		m, _ := update(c.m, mustMsg[placedMsg](t, c.cmd))
		if v := press(t, m, "t").View(); strings.Contains(v, "placing") {
			t.Errorf("%s, the first t still places the events:\n%s", name, v)
		}
	}
}

// A result that comes back (an actor toggled on and off again, a search
// cleared) finds the axis placed for it already: t draws it at once.
func TestAxisKeepsItsPlacementWhenTheResultComesBack(t *testing.T) {
	m := inBackground(t, 120, 40)
	m, cmd := update(m, keyMsg("t"))
	m, _ = update(m, mustMsg[placedMsg](t, cmd))
	want := m.View()
	m = press(t, m, "t", "a", "space", "space", "esc", "t")
	if got := m.View(); got != want {
		t.Errorf("the axis over the same result again:\n%s\nwant, as first placed:\n%s", got, want)
	}
}

// Another result as long as the one the axis holds is placed anew: after
// a search for "pompeo" and one for "sanders" (an event each), the axis
// shows Sanders's event, not Pompeo's.
func TestAxisPlacesAnotherResultOfTheSameLength(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(t, typeText(t, press(t, m, "/"), "pompeo"), "enter", "t", "t", "/", "ctrl+u")
	m = press(t, typeText(t, m, "sanders"), "enter", "t")
	if m.result.Len() != 1 || m.axis.selected() != m.result.Events()[0] {
		t.Errorf("the timeline lists %d events; the axis shows %s:\n%s", m.result.Len(), eventID(m.axis.selected()), m.View())
	}
}

// A partial dataset shown while a big file loads is not placed ahead, a
// resize or not: it is soon replaced, and the load needs the cores.
func TestPartialDatasetNotPlacedAhead(t *testing.T) {
	g, err := gen.Load(gen.Params{Seed: 3, Events: backgroundFrom, Actors: 20, SourceBytes: 16 << 10})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := deliver(loadingModel(t, 120, 40, Options{}), Update{Dataset: g.Safe, Raw: g.Raw})
	m, cmd := update(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if _, ok := msgOf[placedMsg](cmd); ok {
		t.Error("a resize during the load placed the partial dataset on the axis")
	}
}
