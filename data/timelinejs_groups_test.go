package data_test

import (
	"strings"
	"testing"

	"parley/data"
)

// Groups are actors told apart by their text, even when their names have
// no ASCII letters to make an id of, or make the same one.
func TestTimelineJSGroupsStayApart(t *testing.T) {
	path := writeTemp(t, "t.json", `{"events": [
    {"start_date": {"year": 2018}, "text": {"headline": "a"}, "group": "북한"},
    {"start_date": {"year": 2018}, "text": {"headline": "b"}, "group": "남한"},
    {"start_date": {"year": 2018}, "text": {"headline": "c"}, "group": "북한"},
    {"start_date": {"year": 2018}, "text": {"headline": "d"}, "group": "U.S."},
    {"start_date": {"year": 2018}, "text": {"headline": "e"}, "group": "U S"}
  ]}`)
	loaded, err := data.LoadFile(path, data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	ds := loaded.Safe
	var names []string
	for _, a := range ds.Actors {
		names = append(names, a.ID+"="+a.Name)
	}
	want := []string{"group=북한", "group-2=남한", "u-s=U.S.", "u-s-2=U S"}
	if len(names) != len(want) {
		t.Fatalf("actors %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Errorf("actors %q, want %q", names, want)
			break
		}
	}
	if a, c := ds.Event("a"), ds.Event("c"); a.Participants[0].ActorID != c.Participants[0].ActorID {
		t.Errorf("one group became two actors")
	}
}

// An imported date comes from the timeline, not from a source parley has:
// it must not be called stated in the source.
func TestTimelineJSDatesNameTheTimelineAsTheirOrigin(t *testing.T) {
	path := writeTemp(t, "t.json", `{"events": [
    {"start_date": {"year": 2018, "month": 9}, "display_date": "mid Sep 2018", "text": {"headline": "a"}}]}`)
	loaded, err := data.LoadFile(path, data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	d := loaded.Safe.Events[0].Date
	if got := d.Provenance(); strings.Contains(got, "stated in the source") || !strings.HasPrefix(got, `as the imported timeline gives it ("mid Sep 2018"): a TimelineJS file`) {
		t.Errorf("provenance %q, want it to name the imported timeline", got)
	}
	if got := d.WithBasis(); got != "mid Sep 2018 (imported)" {
		t.Errorf("date shown as %q, want it flagged as imported", got)
	}
}
