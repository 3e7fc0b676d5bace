package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"parley/data"
	"parley/model"
)

var roles = []string{"foreign minister", "envoy", "spokesperson", "negotiator", "head of state",
	"defence chief", "ambassador", "adviser", "delegation", "ministry", "news agency"}

// sides are the parties the generated dataset declares.
var sides = []data.FileSide{{ID: "north", Label: "The North"}, {ID: "south", Label: "The South"}, {ID: "west", Label: "The West"}}

// actorSides are the sides an actor is given, evenly: a declared one or none.
var actorSides = []string{"north", "south", "west", string(model.SideNone)}

// newActors makes n actors with unique ids. Every twelfth is a media
// outlet, so quotes have someone to be reported by.
func newActors(r *rand.Rand, n int) []data.FileActor {
	kinds := []model.ActorKind{model.KindPerson, model.KindPerson, model.KindPerson, model.KindGroup, model.KindInstitution}
	actors := make([]data.FileActor, n)
	for i := range actors {
		name := capitalised(pseudoWord(r, 1+r.IntN(2))) + " " + capitalised(pseudoWord(r, 2))
		kind := kinds[r.IntN(len(kinds))]
		if i%12 == 11 {
			kind = model.KindMedia
		}
		actors[i] = data.FileActor{
			ID:   fmt.Sprintf("%s-%d", strings.ReplaceAll(strings.ToLower(name), " ", "-"), i+1),
			Name: name,
			Kind: string(kind),
			Role: roles[r.IntN(len(roles))],
			Side: actorSides[r.IntN(len(actorSides))],
		}
	}
	return actors
}

// cast picks who takes part in events: a Zipf law over the actors, so a
// few appear in a large share of events and most in few, like heads of
// state against minor officials.
type cast struct {
	actors []data.FileActor
	zipf   *rand.Zipf
	media  []int
}

func newCast(r *rand.Rand, actors []data.FileActor) *cast {
	c := &cast{actors: actors, zipf: rand.NewZipf(r, 1.05, 4, uint64(len(actors)-1))}
	for i, a := range actors {
		if a.Kind == string(model.KindMedia) {
			c.media = append(c.media, i)
		}
	}
	return c
}

// pick returns n distinct actor indexes (fewer if there are not enough actors).
func (c *cast) pick(n int) []int {
	n = min(n, len(c.actors))
	out := make([]int, 0, n)
	for len(out) < n {
		i := int(c.zipf.Uint64())
		dup := false
		for _, j := range out {
			dup = dup || i == j
		}
		if !dup {
			out = append(out, i)
		}
	}
	return out
}
