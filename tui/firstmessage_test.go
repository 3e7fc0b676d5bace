package tui

import (
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
		name string
		opts Options
	}{
		{"no options", Options{}},
		{"an event to open", Options{EventID: "kim-letter"}},
		{"a search given", Options{Filter: model.Filter{Search: "summit"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			later := buildOnFirstMessage(ds, c.opts)
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
		if fm := final.(Model); len(fm.events) != len(dataset(t).Events) {
			t.Errorf("the program ended showing %d events, want the %d the load brought", len(fm.events), len(dataset(t).Events))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the program did not end on q")
	}
}
