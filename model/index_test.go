package model

import (
	"testing"
	"time"
)

func TestIndexFollowsTimelineOrder(t *testing.T) {
	day := func(d int) Date {
		return Date{Precision: PrecisionDay, Start: time.Date(2018, 9, d, 0, 0, 0, 0, time.UTC), Basis: BasisStated}
	}
	late, early := &Event{ID: "late", Date: day(20)}, &Event{ID: "early", Date: day(1)}
	d := NewDataset(nil, nil, []*Event{late, early})
	if d.Index(early) != 0 || d.Index(late) != 1 {
		t.Fatalf("Index: early %d, late %d", d.Index(early), d.Index(late))
	}
	if d.Index(&Event{ID: "stranger"}) != -1 {
		t.Fatal("an event outside the dataset should be -1")
	}
}
