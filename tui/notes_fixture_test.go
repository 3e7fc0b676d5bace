package tui

import (
	"testing"
	"time"

	"parley/model"
)

// notedBook is a notebook on the built-in dataset as a reader might leave
// it: two marks, a note on kim-letter, one on its first passage, one whose
// passage no longer reads as it did, and one on an event the dataset no
// longer has.
func notedBook(t testing.TB) model.Notebook {
	t.Helper()
	ds := dataset(t)
	x := ds.Event("kim-letter").Excerpts[0] // a note written in the reader is on the whole passage
	passage := model.NewPassage(ds.Source(x.SourceID), x.Start, x.End)
	gone := passage
	gone.Before = "an earlier draft said "
	when := func(min int) time.Time { return time.Date(2026, 12, 1, 10, min, 0, 0, time.UTC) }
	return model.Notebook{
		Marks: []model.Mark{{EventID: "kim-letter", At: when(0)}, {EventID: "sanders-briefing", At: when(1)}},
		Notes: []model.Note{
			{ID: "n-1", EventID: "kim-letter", Text: "Which was the first letter? The article does not say.\nCheck the June letter Trump showed reporters.", Created: when(2), Updated: when(30)},
			{ID: "n-2", EventID: "kim-letter", Passage: &passage, Text: "The article's claim, not a count we can confirm.", Created: when(5), Updated: when(5)},
			{ID: "n-3", EventID: "kim-letter", Passage: &gone, Text: "Written on a sentence since edited.", Created: when(6), Updated: when(6)},
			{ID: "n-4", EventID: "no-longer-here", Text: "On an event a later dataset dropped.", Created: when(7), Updated: when(7)},
		},
	}
}

// fileNotebook stands for a notes file that takes every save.
type fileNotebook struct{ *memoryNotebook }

func (f fileNotebook) Save() (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pending = 0
	return "", nil
}

// savedNotebook is b in a notes file, nothing waiting to be saved.
func savedNotebook(b model.Notebook) fileNotebook {
	n := newMemoryNotebook("")
	n.book = b
	return fileNotebook{n}
}
