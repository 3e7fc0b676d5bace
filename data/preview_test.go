package data_test

import (
	"bytes"
	"sync"
	"testing"

	"parley/bench/gen"
	"parley/data"
)

// previews loads a generated file of n events through LoadFileWith and
// returns the event counts of the previews it heard, in order, and the
// load's result. edit, when not nil, changes the JSON before it is
// written.
func previews(t *testing.T, n int, edit func([]byte) []byte) ([]int, *data.Loaded, error) {
	t.Helper()
	path, _, err := gen.WriteEdited(gen.Sized(n), t.TempDir(), "big.json", edit)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var heard []int
	loaded, err := data.LoadFileWith(path, data.LoadOptions{MaxBytes: data.DefaultMaxBytes, Format: data.FormatAuto,
		Preview: func(l *data.Loaded) {
			mu.Lock()
			defer mu.Unlock()
			heard = append(heard, len(l.Safe.Events))
		}})
	mu.Lock()
	defer mu.Unlock()
	return append([]int(nil), heard...), loaded, err
}

func TestPreviewsComeBeforeTheWholeFile(t *testing.T) {
	heard, loaded, err := previews(t, 40_000, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 2,048 then 16,384 events checked: the schedule of firstPreview.
	if len(heard) != 2 || heard[0] < 2048 || heard[1] < 16384 || heard[1] >= len(loaded.Safe.Events) {
		t.Fatalf("previews of %v events for a file of %d; want one at about 2,048 and one at about 16,384", heard, len(loaded.Safe.Events))
	}
}

func TestNoPreviewForASmallFile(t *testing.T) {
	heard, _, err := previews(t, 1000, nil)
	if err != nil || len(heard) != 0 {
		t.Fatalf("previews %v, err %v: a file that loads at once needs none", heard, err)
	}
}

// A problem found before a preview is due stops previews: the file will
// be refused, and what cannot be opened is never shown.
func TestNoPreviewAfterAProblem(t *testing.T) {
	heard, _, err := previews(t, 20_000, func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"id":"ev-000010"`), []byte(`"id":"Ev 10"`), 1)
	})
	if err == nil {
		t.Fatal("the broken id loaded")
	}
	if len(heard) != 0 {
		t.Fatalf("previews of %v events from a file with a problem in its 10th event", heard)
	}
}

// A problem after the first preview still fails the load: the caller has
// shown events and must be told.
func TestLateProblemFailsAfterPreview(t *testing.T) {
	heard, loaded, err := previews(t, 20_000, func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"id":"ev-015000"`), []byte(`"id":"Ev 15000"`), 1)
	})
	if err == nil || loaded != nil {
		t.Fatal("the broken id loaded")
	}
	if len(heard) == 0 {
		t.Fatal("no preview before the problem at event 15,000")
	}
}

// Past half the file no preview is made: it would come shortly before the
// whole dataset and hold it up. A file of 17,000 events reaches its second
// preview point (16,384) near its end.
func TestNoPreviewNearTheEnd(t *testing.T) {
	heard, _, err := previews(t, 17_000, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(heard) != 1 || heard[0] >= 16384 {
		t.Fatalf("previews of %v events: want only the first, at about 2,048", heard)
	}
}
