package model

import (
	"slices"
	"strings"
	"testing"
)

// article repeats "the letter was warm" in two sentences, so only the
// context either side tells the two places apart.
const article = "Trump said the letter was warm. Aides said little. Later Moon said the letter was warm. The end."

func noteDataset(text string) *Dataset {
	src := &Source{ID: "src", Text: text}
	return NewDataset([]*Source{src}, nil, []*Event{{ID: "ev"}, {ID: "other"}})
}

func passageNote(d *Dataset, start, end int) Note {
	p := NewPassage(d.Source("src"), start, end)
	return Note{ID: "n", EventID: "ev", Passage: &p, Text: "my note"}
}

func TestAPassageNoteFindsItsOwnPlaceAmongRepeats(t *testing.T) {
	d := noteDataset(article)
	second := strings.LastIndex(article, "the letter was warm")
	n := passageNote(d, second, second+len("the letter was warm"))
	n.Passage.Offset = 0 // a stale hint must not beat the context
	placed := d.PlaceNotes(Notebook{Notes: []Note{n}}).Of("ev")
	if len(placed) != 1 || placed[0].Start != second {
		t.Fatalf("placed %+v, want the second 'the letter was warm', at byte %d", placed, second)
	}
}

func TestAnEditAroundAPassageOrphansItsNote(t *testing.T) {
	d := noteDataset(article)
	second := strings.LastIndex(article, "the letter was warm")
	n := passageNote(d, second, second+len("the letter was warm"))

	// The dataset is edited: the sentence the note was on now reads
	// differently. The same words remain in the first sentence: a
	// look-alike the note must not move to.
	edited := strings.Replace(article, "Later Moon said the letter was warm", "Later Moon said the letter was cold", 1)
	places := noteDataset(edited).PlaceNotes(Notebook{Notes: []Note{n}})
	if len(places.Of("ev")) != 0 {
		t.Fatalf("the note moved to a look-alike passage: %+v", places.Of("ev"))
	}
	if len(places.Orphans) != 1 || places.Orphans[0].Text != "my note" || !strings.Contains(places.Orphans[0].Orphaned, "passage") {
		t.Fatalf("want the note listed as orphaned with its text and why, got %+v", places.Orphans)
	}
}

func TestNotesAndMarksOnARemovedEventAreOrphans(t *testing.T) {
	d := noteDataset(article)
	b := Notebook{
		Marks: []Mark{{EventID: "gone"}, {EventID: "ev"}},
		Notes: []Note{{ID: "a", EventID: "gone", Text: "kept"}, {ID: "b", EventID: "ev", Text: "placed"}},
	}
	p := d.PlaceNotes(b)
	if len(p.Orphans) != 1 || p.Orphans[0].ID != "a" || !strings.Contains(p.Orphans[0].Orphaned, `"gone"`) {
		t.Errorf("orphans %+v, want note a, naming the event", p.Orphans)
	}
	if len(p.OrphanMarks) != 1 || p.OrphanMarks[0].EventID != "gone" {
		t.Errorf("orphan marks %+v, want the mark on gone", p.OrphanMarks)
	}
	if got := p.Of("ev"); len(got) != 1 || got[0].ID != "b" || got[0].Start != -1 {
		t.Errorf("notes on ev: %+v", got)
	}
}

func TestNewPassageCutsContextAtWholeCharacters(t *testing.T) {
	text := strings.Repeat("é", 40) + "word" + strings.Repeat("ü", 40)
	start := strings.Index(text, "word")
	p := NewPassage(&Source{ID: "s", Text: text}, start, start+4)
	if !strings.HasSuffix(text[:start], p.Before) || !strings.HasPrefix(text[start+4:], p.After) {
		t.Fatalf("context is not the text around: %+v", p)
	}
	for _, s := range []string{p.Before, p.After} {
		if strings.ContainsRune(s, '\uFFFD') || len(s) == 0 || len(s) > contextBytes {
			t.Errorf("context %q is not whole characters within %d bytes", s, contextBytes)
		}
	}
}

func TestApplyLeavesTheNotebookItWasGiven(t *testing.T) {
	b := Notebook{Notes: []Note{{ID: "n", Text: "before"}}}
	after := b.Apply(Change{Kind: ChangePutNote, Note: Note{ID: "n", Text: "after"}})
	if b.Notes[0].Text != "before" || after.Notes[0].Text != "after" || len(after.Notes) != 1 {
		t.Errorf("Apply changed its receiver or added a twin: %+v -> %+v", b, after)
	}
}

func TestTheFilterKeepsMarkedEventsAndSearchesNotes(t *testing.T) {
	d := fixture(t)
	f := Filter{MarkedOnly: true, Marked: map[string]bool{"april": true, "un": true, "gone": true}}
	if got := ids(d.Query(f)); !slices.Equal(got, []string{"april", "un"}) || !f.Active() {
		t.Errorf("marked only: %v, want april and un", got)
	}
	f.Actors = []string{"trump"} // combines with the actor filter
	if got := ids(d.Query(f)); !slices.Equal(got, []string{"un"}) {
		t.Errorf("marked and trump: %v, want un", got)
	}
	f.Mode = MatchAny // the actor filter's counts stay within the marked events
	if got := d.FacetCounts(f, d.Query(f)); got["moon"] != 2 || got["kim"] != 1 {
		t.Errorf("facet counts under marked only: %v, want moon 2 (april, un) and kim 1 (april)", got)
	}
	search := Filter{Search: "WARM–letter", Notes: map[string]string{"pyongyang": "Moon's warm-letter theory", "gone": "warm-letter"}}
	if got := ids(d.Query(search)); !slices.Equal(got, []string{"pyongyang"}) {
		t.Errorf("search in notes, folded: %v, want pyongyang", got)
	}
}
