package tui

import (
	"testing"

	"parley/model"
)

// BenchmarkGenSwap is the whole dataset taking the place of a partial one
// (its first 2,048 events) with the detail open: the one pause a user
// sees when a progressive load completes. Its context is made before, as
// the read of the load's channel makes it (waitForLoad). Run with:
//
//	go test ./tui -run '^$' -bench GenSwap -benchmem
func BenchmarkGenSwap(b *testing.B) {
	for _, shape := range genShapes {
		b.Run(shape.name, func(b *testing.B) {
			ds := genDataset(b, shape.p)
			partial := model.NewDataset(ds.Sources, ds.Actors, ds.Events[:min(2048, len(ds.Events))])
			m, _ := deliver(loadingModel(b, 120, 40, Options{}), Update{Dataset: partial})
			m = press(b, m, "j", "j", "enter")
			ctx := newContext(ds, false)
			b.ReportAllocs()
			for b.Loop() {
				m.Update(loadMsg{Update: Update{Dataset: ds, Complete: true}, ctx: ctx})
			}
		})
	}
}
