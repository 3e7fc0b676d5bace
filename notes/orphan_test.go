package notes

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"parley/data"
	"parley/model"
)

// TestADatasetEditOrphansAPassageNoteAndKeepsIt: a note is written on a
// passage of the built-in article; then the dataset is edited so that
// sentence reads differently (in the source text and the excerpt alike).
// After a restart the note is listed as orphaned, with its text and what
// it was on; the event's own note stays in place; the file keeps both.
func TestADatasetEditOrphansAPassageNoteAndKeepsIt(t *testing.T) {
	file := tempState(t)
	original := loadBuiltin(t, nil)
	ev := original.Event("kim-letter")
	x := ev.Excerpts[0]
	passage := model.NewPassage(original.Source(x.SourceID), x.Start, x.End)

	s, _ := Open(file, EmbeddedIdentity(data.EmbeddedName))
	onPassage := putNote("on-passage", ev.ID, "is this the second letter?")
	onPassage.Note.Passage = &passage
	mustChange(t, s, onPassage)
	mustChange(t, s, putNote("on-event", ev.ID, "check the date"))

	if placed := original.PlaceNotes(s.Notebook()).Of(ev.ID); len(placed) != 2 || placed[0].Start != x.Start {
		t.Fatalf("before the edit the notes are placed %+v, want the passage note at byte %d", placed, x.Start)
	}

	edited := loadBuiltin(t, strings.NewReplacer("his second such missive", "his second such letter"))
	reopened, msg := Open(file, EmbeddedIdentity(data.EmbeddedName))
	if msg != "" {
		t.Fatal(msg)
	}
	places := edited.PlaceNotes(reopened.Notebook())
	if len(places.Orphans) != 1 || places.Orphans[0].ID != "on-passage" {
		t.Fatalf("orphans after the edit: %+v, want the passage note", places.Orphans)
	}
	orphan := places.Orphans[0]
	if orphan.Text != "is this the second letter?" || orphan.Passage.Text != x.Text || orphan.Orphaned == "" {
		t.Errorf("the orphan does not keep its text, what it was on and why: %+v", orphan)
	}
	if still := places.Of(ev.ID); len(still) != 1 || still[0].ID != "on-event" {
		t.Errorf("the event's own note should stay placed: %+v", still)
	}
	if b := mustRead(t, file); !has(b, "on-passage") || !has(b, "on-event") {
		t.Error("the file lost a note when the dataset changed")
	}
}

// loadBuiltin loads the built-in dataset, with edit applied to the dataset
// file and its source text when not nil.
func loadBuiltin(t *testing.T, edit *strings.Replacer) *model.Dataset {
	t.Helper()
	if edit == nil {
		loaded, err := data.Embedded()
		if err != nil {
			t.Fatal(err)
		}
		return loaded.Safe
	}
	raw := edit.Replace(string(data.EmbeddedJSON()))
	loaded, err := data.Load(data.EmbeddedName, []byte(raw), func(name string) ([]byte, error) {
		text, err := os.ReadFile(filepath.Join("..", "data", path.Dir(data.EmbeddedName), name))
		return []byte(edit.Replace(string(text))), err
	})
	if err != nil {
		t.Fatal(err)
	}
	return loaded.Safe
}
