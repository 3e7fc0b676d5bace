package model_test

import (
	"fmt"
	"testing"

	"parley/model"
)

// notebookOn is a heavy reader's notebook: n notes, every other one on
// the first passage of an event, and a mark on every third event.
func notebookOn(ds *model.Dataset, n int) model.Notebook {
	var b model.Notebook
	for i := range n {
		e := ds.Events[i*7%len(ds.Events)]
		note := model.Note{ID: fmt.Sprint("n", i), EventID: e.ID, Text: fmt.Sprint("note ", i, " on ", e.Title)}
		if xs := e.AllExcerpts(); i%2 == 0 && len(xs) > 0 && xs[0].Start >= 0 {
			p := model.NewPassage(ds.Source(xs[0].SourceID), xs[0].Start, xs[0].End)
			note.Passage = &p
		}
		b.Notes = append(b.Notes, note)
		if i%3 == 0 {
			b.Marks = append(b.Marks, model.Mark{EventID: e.ID})
		}
	}
	return b
}

// BenchmarkPlaceNotes is what the explorer does after every change to the
// notebook: place every note and build the search's note texts.
func BenchmarkPlaceNotes(b *testing.B) {
	for _, notes := range []int{100, 1000} {
		b.Run(fmt.Sprintf("notes=%d", notes), func(b *testing.B) {
			eachSize(b, func(b *testing.B, ds *model.Dataset) {
				book := notebookOn(ds, notes)
				for b.Loop() {
					places := ds.PlaceNotes(book)
					_, _ = book.MarkedIDs(), places.Texts()
				}
			})
		})
	}
}

// BenchmarkSearchWithNotes is a search letter typed with notes to look in.
func BenchmarkSearchWithNotes(b *testing.B) {
	eachSize(b, func(b *testing.B, ds *model.Dataset) {
		texts := ds.PlaceNotes(notebookOn(ds, 1000)).Texts()
		for b.Loop() {
			ds.Query(model.Filter{Search: "summit", Notes: texts})
		}
	})
}
