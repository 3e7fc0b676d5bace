package model_test

import (
	"fmt"
	"testing"

	"parley/model"
)

// TestSearchIndexProgress: before a build the index is not ready and none
// of it is done; a build watched from another goroutine only moves
// forward, never past the total; after it the index is ready and every
// step is done. The sizes take in a run of steps (1024 events) and the
// remainder after it.
func TestSearchIndexProgress(t *testing.T) {
	for _, n := range []int{0, 1, 1024, 2500} {
		t.Run(fmt.Sprint("events=", n), func(t *testing.T) {
			events := make([]*model.Event, n)
			for i := range events {
				events[i] = &model.Event{ID: fmt.Sprint("e", i), Title: fmt.Sprint("Event ", i), Summary: "a summit"}
			}
			ds := model.NewDataset(nil, nil, events)
			if done, total := ds.SearchIndexProgress(); ds.SearchIndexReady() || done != 0 || total != 2*n {
				t.Fatalf("before the build: ready %v, %d of %d done; want not ready, 0 of %d", ds.SearchIndexReady(), done, total, 2*n)
			}
			built := make(chan struct{})
			go func() { ds.IndexSearch(); close(built) }()
			last := 0
			for watching := true; watching; {
				select {
				case <-built:
					watching = false
				default:
				}
				done, total := ds.SearchIndexProgress()
				if done < last || done > total {
					t.Fatalf("progress went from %d to %d of %d", last, done, total)
				}
				last = done
			}
			if done, total := ds.SearchIndexProgress(); !ds.SearchIndexReady() || done != total {
				t.Fatalf("after the build: ready %v, %d of %d done", ds.SearchIndexReady(), done, total)
			}
			if got := len(ds.Query(model.Filter{Search: "summit"})); got != n {
				t.Fatalf("search after the build finds %d of %d events", got, n)
			}
		})
	}
}
