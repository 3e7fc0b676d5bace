package notes

import (
	"fmt"
	"testing"

	"parley/model"
)

// TestTwoWritersAtOnceKeepEachOthersWork runs two writer processes on one
// file at the same time; every note and mark either saved must be there.
func TestTwoWritersAtOnceKeepEachOthersWork(t *testing.T) {
	file := tempState(t)
	const each = 60
	a, linesA := startWriter(t, file, "a", each)
	b, linesB := startWriter(t, file, "b", each)
	saved := map[string]int{}
	done := make(chan struct{})
	go func() {
		for linesB.Scan() {
			saved["b"]++
		}
		close(done)
	}()
	for linesA.Scan() {
		saved["a"]++
	}
	<-done
	if err := a.Wait(); err != nil {
		t.Fatalf("writer a: %v", err)
	}
	if err := b.Wait(); err != nil {
		t.Fatalf("writer b: %v", err)
	}
	if saved["a"] != each || saved["b"] != each {
		t.Fatalf("saves reported: %v, want %d each", saved, each)
	}
	book, err := Read(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"a", "b"} {
		for i := range each {
			if id := fmt.Sprintf("%s%d", w, i); !has(book, id) {
				t.Errorf("writer %s saved %s, and the other writer lost it", w, id)
			}
		}
	}
}

// TestASaveReplaysOnlyItsOwnChanges: two windows opened on one file; each
// save takes in the other's saved work, and a note one deletes does not
// come back when the other, which still had it, saves.
func TestASaveReplaysOnlyItsOwnChanges(t *testing.T) {
	file := tempState(t)
	first, _ := Open(file, "test")
	first.Change(putNote("shared", "ev", "both windows load this"))
	second, _ := Open(file, "test")

	mustChange(t, first, model.Change{Kind: model.ChangeMark, EventID: "marked-in-first"})
	mustChange(t, first, model.Change{Kind: model.ChangeDeleteNote, Note: model.Note{ID: "shared"}})
	mustChange(t, second, putNote("from-second", "ev", "written in the second window"))

	for name, b := range map[string]model.Notebook{"the file": mustRead(t, file), "the second window": second.Notebook()} {
		if !b.Marked("marked-in-first") || !has(b, "from-second") {
			t.Errorf("%s lacks a change: %+v", name, b)
		}
		if has(b, "shared") {
			t.Errorf("in %s the note the first window deleted came back", name)
		}
	}
}

func mustChange(t *testing.T, s *Store, c model.Change) {
	t.Helper()
	if _, err := s.Change(c); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, file string) model.Notebook {
	t.Helper()
	b, err := Read(file)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
