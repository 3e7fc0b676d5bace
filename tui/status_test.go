package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"parley/data"
	"parley/model"
)

// Defect 10: one is singular: "1 event · 1 actor", "1 of 1 event".
func TestCountsOfOneAreSingular(t *testing.T) {
	l, err := data.LoadFile(filepath.Join("..", "data", "testdata", "hostile", "invalid-utf8.json"), data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Safe.Events) != 1 || len(l.Safe.Actors) != 1 {
		t.Fatalf("want a dataset of one event and one actor, got %d and %d", len(l.Safe.Events), len(l.Safe.Actors))
	}
	m := resized(New(l.Safe, Options{}), 80, 24)
	v := m.View()
	mustContain(t, v, "1 event · 1 actor", "All actors · 1 of 1 event ")
	mustNotContain(t, v, "1 events", "1 actors")
	m = press(t, m, "/", "z")
	mustContain(t, m.View(), "0 of 1 event")
	mustContain(t, sized(t, 80, 24, Options{}).View(), "16 events · 14 actors", "16 of 16 events")
}

// Defect 11: at 40–60 columns the status line never cut a name to a
// fragment ("A (any)", "Actor… (all)"): the names give way to a count.
func TestStatusLineCountsActorsRatherThanCutNames(t *testing.T) {
	filters := []model.Filter{
		{Actors: []string{"kim-jong-un", "donald-trump"}, Mode: model.MatchAll},
		{Actors: []string{"moon-jae-in"}, Search: "summit"},
		{Actors: []string{"chung-eui-yong", "south-korean-envoys", "kim-jong-un"}, Search: "visit"},
	}
	ds := dataset(t)
	for _, f := range filters {
		for w := 40; w <= 60; w++ {
			m := sized(t, w, 12, Options{Filter: f})
			line := ansi.Strip(statusRow(m.View()))
			names := true
			for _, id := range f.Actors {
				names = names && strings.Contains(line, ds.Actor(id).Name)
			}
			n := len(f.Actors)
			count := fmt.Sprintf("%d actors (%s)", n, f.Mode.Label())
			if n == 1 {
				count = fmt.Sprintf("1 actor (%s)", f.Mode.Label())
			}
			if !names && !strings.HasPrefix(line, count) {
				t.Errorf("%d wide, actors %v: status line %q neither names them whole nor counts them", w, f.Actors, line)
			}
			if i := strings.Index(line, "("); i < 0 || strings.Contains(line[:i], "…") {
				t.Errorf("%d wide: status line %q cuts the actors", w, line)
			}
		}
	}
}
