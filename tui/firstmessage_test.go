package tui

import (
	"errors"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

// Run's explorer, built on its first message, draws what New's draws
// given the same messages, whatever the start options; before any message
// it draws nothing and starts nothing, as New's does before its size.
func TestExplorerBuiltOnItsFirstMessageIsNewsExplorer(t *testing.T) {
	ds := dataset(t)
	for _, c := range []struct {
		name  string
		opts  Options
		given bool // the dataset comes through Options.Dataset, not to Run
	}{
		{"no options", Options{}, false},
		{"an event to open", Options{EventID: "kim-letter"}, false},
		{"a search given", Options{Filter: model.Filter{Search: "summit"}}, false},
		{"the dataset waited for", Options{}, true},
		{"the dataset waited for, a search given", Options{Filter: model.Filter{Search: "summit"}}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			later := buildOnFirstMessage(ds, c.opts)
			if c.given {
				opts := c.opts
				opts.Dataset = func() (*model.Dataset, *model.Dataset, error) { return ds, nil, nil }
				later = buildOnFirstMessage(nil, opts)
			}
			if v := later.View(); v != "" {
				t.Errorf("before any message it draws:\n%s", v)
			}
			if later.Init() != nil {
				t.Error("before any message it starts a command")
			}
			var now tea.Model = New(ds, c.opts)
			var built tea.Model = later
			for _, msg := range []tea.Msg{tea.WindowSizeMsg{Width: 120, Height: 40}, keyMsg("j"), keyMsg("enter"), keyMsg("j")} {
				now, _ = now.Update(msg)
				built, _ = built.Update(msg)
				if got, want := built.View(), now.View(); got != want {
					t.Fatalf("after %v:\n%s\nwant, as New's explorer draws it:\n%s", msg, got, want)
				}
			}
		})
	}
}

// What New's Init starts (here a load's first read) starts with the
// first message: through a Bubble Tea program, the explorer opened on a
// load reads the load's updates and shows the dataset they bring.
func TestExplorerBuiltOnItsFirstMessageReadsItsLoad(t *testing.T) {
	ch := make(chan Update)
	stop := make(chan struct{})
	defer close(stop)
	p := tea.NewProgram(buildOnFirstMessage(nil, Options{Loading: ch, Name: "summits.json", stop: stop}),
		tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutSignals())
	done := make(chan tea.Model)
	go func() { final, _ := p.Run(); done <- final }()
	p.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	select {
	case ch <- Update{Dataset: dataset(t), Complete: true}:
	case <-time.After(5 * time.Second):
		t.Fatal("the explorer never read its load")
	}
	close(ch)
	time.Sleep(50 * time.Millisecond) // the update is handled before q arrives
	p.Send(keyMsg("q"))
	select {
	case final := <-done:
		if fm := final.(Model); fm.result.Len() != len(dataset(t).Events) {
			t.Errorf("the program ended showing %d events, want the %d the load brought", fm.result.Len(), len(dataset(t).Events))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the program did not end on q")
	}
}

// A dataset that fails to load (Options.Dataset) closes the explorer at
// once, having drawn nothing, and Run returns the load's error.
func TestExplorerWhoseDatasetFailsQuits(t *testing.T) {
	failed := errors.New("dataset/summit-2018.json: events[3].id: repeats events[1].id")
	later := buildOnFirstMessage(nil, Options{Dataset: func() (*model.Dataset, *model.Dataset, error) { return nil, nil, failed }})
	next, cmd := later.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m := next.(Model)
	if _, quits := cmd().(tea.QuitMsg); !quits {
		t.Errorf("the explorer goes on after its dataset failed to load")
	}
	if v := m.View(); v != "" {
		t.Errorf("it draws:\n%s", v)
	}
	if m.load.err != failed {
		t.Errorf("it keeps error %v for Run to return, want %v", m.load.err, failed)
	}
}
