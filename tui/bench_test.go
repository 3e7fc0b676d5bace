package tui

import (
	"fmt"
	"testing"
	"time"

	"parley/model"
)

// bigDataset is n synthetic events over 50 actors, for timing keystrokes.
func bigDataset(n int) *model.Dataset {
	src := &model.Source{ID: "s", Title: "Synthetic", Text: "synthetic text"}
	var actors []*model.Actor
	for i := 0; i < 50; i++ {
		actors = append(actors, &model.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i)})
	}
	start := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	events := make([]*model.Event, n)
	for i := range events {
		events[i] = &model.Event{
			ID:      fmt.Sprintf("e%d", i),
			Title:   fmt.Sprintf("Synthetic event number %d", i),
			Summary: "A summary long enough to be searched through like a real one would be.",
			Date:    model.Date{Precision: model.PrecisionDay, Start: start.AddDate(0, 0, i%3000), Basis: model.BasisStated},
			Status:  model.StatusOccurred,
			Participants: []model.Participant{
				{ActorID: actors[i%50].ID}, {ActorID: actors[(i*7+3)%50].ID},
			},
		}
	}
	return model.NewDataset([]*model.Source{src}, actors, events)
}

// BenchmarkKeystroke100k is one move and one frame on 100k events: the
// budget is 16 ms.
func BenchmarkKeystroke100k(b *testing.B) {
	m := resized(New(bigDataset(100_000), Options{}), 120, 40)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = press(b, m, "j")
		_ = m.View()
	}
}

// BenchmarkToggleActor100k is a filter toggle's key and frame; at this
// size the re-query runs on a goroutine (query.go), outside the timing.
func BenchmarkToggleActor100k(b *testing.B) {
	m := resized(New(bigDataset(100_000), Options{}), 120, 40)
	m = press(b, m, "a")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = press(b, m, "space")
		_ = m.View()
	}
}

// BenchmarkSearchKeystroke100k types one more letter of a search.
func BenchmarkSearchKeystroke100k(b *testing.B) {
	m := resized(New(bigDataset(100_000), Options{}), 120, 40)
	m = press(b, m, "/")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m = press(b, m, "e")
		_ = m.View()
		m = press(b, m, "backspace")
	}
}
