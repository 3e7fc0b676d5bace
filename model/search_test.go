package model_test

import (
	"maps"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/bench/gen"
	"parley/data"
	"parley/model"
)

// dashes writes every dash search treats as '-' as '-', and curly
// quotation marks as straight ones.
var dashes = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2013", "-", "\u2014", "-", "\u2212", "-",
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`)

// naiveSearch is the definition search must keep to: each word a
// substring of title, summary, quotes or excerpts, in any case, any dash
// for any other, curly quotes as straight.
func naiveSearch(ds *model.Dataset, text string) []*model.Event {
	var out []*model.Event
	for _, e := range ds.Events {
		parts := []string{e.Title, e.Summary}
		for _, q := range e.Quotes {
			parts = append(parts, q.Text)
		}
		for _, x := range e.AllExcerpts() {
			parts = append(parts, x.Text)
		}
		all := true
		for _, word := range strings.Fields(text) {
			needle := dashes.Replace(strings.ToLower(word))
			all = all && strings.Contains(dashes.Replace(strings.ToLower(strings.Join(parts, "\n"))), needle)
		}
		if all {
			out = append(out, e)
		}
	}
	return out
}

func testDatasets(t *testing.T) map[string]*model.Dataset {
	embedded, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	generated, err := gen.Load(gen.Params{Seed: 3, Events: 2000, Actors: 60, SourceBytes: 48 << 10})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*model.Dataset{"embedded": embedded.Safe, "generated": generated.Safe}
}

func TestSearchMatchesTheDefinition(t *testing.T) {
	needles := []string{"s", "S", "k", "’", "q", "\n", "su", "Su", "um", "zq", " t", "e ", "sum",
		"summit", "SUMMIT", "  summit  ", "kim", "kim jong", "trump’s", "“", "press briefing",
		"denuclearization", "it was a very warm", "xyzzy", "n\nt", ".", "pe levon", "’s",
		"kim-moon", "Kim–Moon", "kim—moon", "-", "–", "\u2212", "m-t", "-in",
		"kim letter", "letter kim", "Kim  LETTER ", "kim kim", "warm positive", "summit xyzzy"}
	for name, ds := range testDatasets(t) {
		for _, w := range needles {
			got := ds.Query(model.Filter{Search: w})
			want := naiveSearch(ds, w)
			if len(got) != len(want) {
				t.Errorf("%s: search %q found %d events, want %d", name, w, len(got), len(want))
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s: search %q: event %d is %s, want %s", name, w, i, got[i].ID, want[i].ID)
					break
				}
			}
		}
	}
}

// Every prefix of words that occur, as a user types them.
func TestSearchAsTyped(t *testing.T) {
	for name, ds := range testDatasets(t) {
		for _, e := range ds.Events[:min(40, len(ds.Events))] {
			words := strings.Fields(e.Title)
			w := words[len(words)-1]
			for n := 1; n <= len(w); n++ {
				if got, want := len(ds.Query(model.Filter{Search: w[:n]})), len(naiveSearch(ds, w[:n])); got != want {
					t.Errorf("%s: search %q found %d events, want %d", name, w[:n], got, want)
				}
			}
		}
	}
}

// Events given in reverse come out in timeline order, equal dates kept in
// the order given.
func TestTimelineOrderIsDateBefore(t *testing.T) {
	for name, ds := range testDatasets(t) {
		input := slices.Clone(ds.Events)
		slices.Reverse(input)
		want := slices.Clone(input)
		sort.SliceStable(want, func(i, j int) bool { return want[i].Date.Before(want[j].Date) })
		got := model.NewDataset(ds.Sources, ds.Actors, input).Events
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s: event %d is %s, want %s", name, i, got[i].ID, want[i].ID)
			}
		}
	}
}

// Large enough that a search, and reading its result off the bits, run
// on every core (from 512 words of 64 events): the parts must add up to
// the same answer, and the same counts.
func TestSearchOnManyEventsMatchesTheDefinition(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 40k events")
	}
	ld, err := gen.Load(gen.Params{Seed: 5, Events: 40_000, Actors: 40, SourceBytes: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	ds := ld.Safe
	for _, w := range []string{"s", "q", "su", "sum", "summit", "zq", "’s", "kim jong"} {
		want := naiveSearch(ds, w)
		r := ds.QueryResult(model.Filter{Search: w})
		if got := r.Events(); !slices.Equal(got, want) {
			t.Errorf("search %q found %d events, want %d", w, len(got), len(want))
		}
		if counts := ds.ActorCounts(want); !maps.Equal(r.Counts, counts) {
			t.Errorf("search %q: the counts differ from ActorCounts of its events", w)
		}
	}
}

// Several words find the events holding all of them, anywhere: "kim
// letter" finds Kim's letter (as one substring it found nothing).
func TestSearchWordsAllMatch(t *testing.T) {
	ds := testDatasets(t)["embedded"]
	got := ds.Query(model.Filter{Search: "kim letter"})
	ids := []string{}
	for _, e := range got {
		ids = append(ids, e.ID)
	}
	if !slices.Contains(ids, "kim-letter") {
		t.Fatalf("kim letter found %v, want the letter among them", ids)
	}
	if n := len(ds.Query(model.Filter{Search: "kim"})); len(got) >= n {
		t.Fatalf("kim letter found %d events, kim alone %d: the second word did not narrow", len(got), n)
	}
}

// Matches marks what search matched, by the same folding, in the text's
// own bytes.
func TestMatches(t *testing.T) {
	cases := []struct {
		text, search string
		want         []string
	}{
		{"Kim sends Trump a personal letter", "kim letter", []string{"Kim", "letter"}},
		{"First Kim–Moon summit", "kim-moon", []string{"Kim–Moon"}},
		{"Pompeo’s trip", "pompeo's", []string{"Pompeo’s"}},
		{"summit summit", "summ mit", []string{"summit", "summit"}},
		{"ÉCOLE école", "école", []string{"ÉCOLE", "école"}},
		{"no match here", "xyz", nil},
		{"anything", "  ", nil},
	}
	for _, c := range cases {
		var got []string
		for _, m := range model.Matches(c.text, c.search) {
			got = append(got, c.text[m[0]:m[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Matches(%q, %q) = %q, want %q", c.text, c.search, got, c.want)
		}
	}
}

// In any-of mode with no search, an actor's count is all its events,
// taken from the index rather than a query: the same numbers.
func TestFacetCountsWithoutSearchAreEveryEvent(t *testing.T) {
	for name, ds := range testDatasets(t) {
		f := model.Filter{Actors: []string{ds.Actors[0].ID}}
		got, want := ds.FacetCounts(f, ds.Query(f)), ds.ActorCounts(ds.Events)
		for _, a := range ds.Actors {
			if got[a.ID] != want[a.ID] {
				t.Errorf("%s: %s counts %d, has %d events", name, a.ID, got[a.ID], want[a.ID])
			}
		}
	}
}

// A one-letter search finds a letter that stands alone in a piece of an
// event's text (a one-letter summary after an empty title, a one-letter
// excerpt), where it is part of no pair of letters the index records.
func TestOneLetterSearchFindsLoneLetters(t *testing.T) {
	src := &model.Source{ID: "s", Text: "x marks the spot"}
	lone := &model.Event{ID: "summary", Summary: "Q"}
	quoted := &model.Event{ID: "excerpt", Title: "ab", Excerpts: []model.Excerpt{{SourceID: "s", Text: "x", Start: 0, End: 1}}}
	other := &model.Event{ID: "other", Title: "none here"}
	ds := model.NewDataset([]*model.Source{src}, nil, []*model.Event{lone, quoted, other})
	for needle, want := range map[string]*model.Event{"q": lone, "X": quoted} {
		if got := ds.Query(model.Filter{Search: needle}); !slices.Equal(got, []*model.Event{want}) {
			t.Errorf("search %q found %d events, want %s alone", needle, len(got), want.ID)
		}
	}
}

// Needles cut at random from the events' own text and excerpts, one to a
// dozen bytes on whole characters, punctuation and all: those made of
// letters and digits are answered from the words, the others from pairs
// and the text, and both must keep to the definition.
func TestSearchRandomPiecesMatchTheDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 1))
	for name, ds := range testDatasets(t) {
		for range 300 {
			e := ds.Events[r.IntN(len(ds.Events))]
			parts := []string{e.Title, e.Summary}
			for _, x := range e.AllExcerpts() {
				parts = append(parts, x.Text)
			}
			text := parts[r.IntN(len(parts))]
			if text == "" {
				continue
			}
			start := r.IntN(len(text))
			end := min(len(text), start+1+r.IntN(12))
			for start > 0 && !utf8.RuneStart(text[start]) {
				start--
			}
			for end < len(text) && !utf8.RuneStart(text[end]) {
				end++
			}
			w := text[start:end]
			if strings.TrimSpace(w) != w || strings.ContainsAny(w, " \t\n") {
				continue // one word: several are TestSearchWordsAllMatch's
			}
			if got, want := ds.Query(model.Filter{Search: w}), naiveSearch(ds, w); !slices.Equal(got, want) {
				t.Errorf("%s: search %q found %d events, want %d", name, w, len(got), len(want))
			}
		}
	}
}
