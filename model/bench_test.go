package model_test

import (
	"fmt"
	"sort"
	"sync"
	"testing"

	"parley/bench/gen"
	"parley/data"
	"parley/model"
)

// The hot paths of the model at 1k, 10k and 100k generated events (500
// actors, 1 MiB of source text). Run with:
//
//	go test ./model -run '^$' -bench . -benchmem

var sizes = []int{1_000, 10_000, 100_000}

var (
	cacheMu sync.Mutex
	files   = map[int]*gen.Files{}
	loaded  = map[int]*model.Dataset{}
)

func generated(b *testing.B, n int) *gen.Files {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if files[n] == nil {
		files[n] = gen.Generate(gen.Sized(n))
	}
	return files[n]
}

func dataset(b *testing.B, n int) *model.Dataset {
	f := generated(b, n)
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if loaded[n] == nil {
		ld, err := data.Load("generated.json", f.JSON, f.Open)
		if err != nil {
			b.Fatal(err)
		}
		loaded[n] = ld.Safe
	}
	return loaded[n]
}

func eachSize(b *testing.B, run func(b *testing.B, ds *model.Dataset)) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			ds := dataset(b, n)
			ds.IndexSearch() // built once per dataset, not inside a timed search
			b.ReportAllocs()
			b.ResetTimer()
			run(b, ds)
		})
	}
}

// busiest returns the ids of the actors with the most events, busiest first.
func busiest(ds *model.Dataset) []string {
	counts := ds.ActorCounts(ds.Events)
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		return counts[ids[i]] > counts[ids[j]] || counts[ids[i]] == counts[ids[j]] && ids[i] < ids[j]
	})
	return ids
}

func BenchmarkLoad(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			f := generated(b, n)
			b.SetBytes(int64(len(f.JSON)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := data.Load("generated.json", f.JSON, f.Open); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNewDataset(b *testing.B) {
	eachSize(b, func(b *testing.B, ds *model.Dataset) {
		for b.Loop() {
			model.NewDataset(ds.Sources, ds.Actors, ds.Events)
		}
	})
}

// BenchmarkQueryActors toggles on the busiest actor, then adds a second
// one: the cost of an actor toggle in each mode.
func BenchmarkQueryActors(b *testing.B) {
	for _, mode := range []model.Match{model.MatchAny, model.MatchAll} {
		for _, k := range []int{1, 2} {
			b.Run(fmt.Sprintf("mode=%s/actors=%d", mode.Label(), k), func(b *testing.B) {
				eachSize(b, func(b *testing.B, ds *model.Dataset) {
					f := model.Filter{Actors: busiest(ds)[:k], Mode: mode}
					for b.Loop() {
						ds.Query(f)
					}
				})
			})
		}
	}
}

// BenchmarkSearchTyped is search as a user types "summit": one query per
// prefix, "s" (the widest) to the whole word. ns/op is per keystroke.
func BenchmarkSearchTyped(b *testing.B) {
	const word = "summit"
	for _, n := range []int{1, 3, len(word)} {
		b.Run("prefix="+word[:n], func(b *testing.B) {
			eachSize(b, func(b *testing.B, ds *model.Dataset) {
				f := model.Filter{Search: word[:n]}
				for b.Loop() {
					ds.Query(f)
				}
			})
		})
	}
}

// BenchmarkSearchWithActor is a search letter typed while an actor filter
// is on.
func BenchmarkSearchWithActor(b *testing.B) {
	eachSize(b, func(b *testing.B, ds *model.Dataset) {
		f := model.Filter{Actors: busiest(ds)[:1], Search: "su"}
		for b.Loop() {
			ds.Query(f)
		}
	})
}

func BenchmarkActorCounts(b *testing.B) {
	eachSize(b, func(b *testing.B, ds *model.Dataset) {
		for b.Loop() {
			ds.ActorCounts(ds.Events)
		}
	})
}

func BenchmarkRelated(b *testing.B) {
	eachSize(b, func(b *testing.B, ds *model.Dataset) {
		i := 0
		for b.Loop() {
			ds.Related(ds.Events[i%len(ds.Events)])
			i += 7919
		}
	})
}

// BenchmarkIndexSearch is NewDataset and then the search index it builds
// at the first search (or in the background when the explorer starts).
func BenchmarkIndexSearch(b *testing.B) {
	eachSize(b, func(b *testing.B, ds *model.Dataset) {
		for b.Loop() {
			model.NewDataset(ds.Sources, ds.Actors, ds.Events).IndexSearch()
		}
	})
}
