package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/data"
	"parley/export"
	"parley/model"
)

// parley → timelinejs → parley keeps every event's id, title, date and
// precision, the undated event included.
func TestTimelineJSRoundTrip(t *testing.T) {
	orig, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := export.TimelineJS(&out, export.View{Dataset: orig.Raw, Events: orig.Raw.Events}); err != nil {
		t.Fatal(err)
	}
	back, err := data.LoadFile(writeTemp(t, "timeline.json", out.String()), data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	if back.Format != data.FormatTimelineJS {
		t.Errorf("read as %q, want it told by its shape as timelinejs", back.Format)
	}
	if len(back.Raw.Events) != len(orig.Raw.Events) {
		t.Fatalf("%d events came back of %d", len(back.Raw.Events), len(orig.Raw.Events))
	}
	for i, want := range orig.Raw.Events {
		got := back.Raw.Events[i]
		if got.ID != want.ID || got.Title != want.Title {
			t.Errorf("event %d: %q %q, want %q %q", i, got.ID, got.Title, want.ID, want.Title)
		}
		g, w := got.Date, want.Date
		if g.Precision != w.Precision || g.Part != w.Part || !g.Start.Equal(w.Start) || !g.End.Equal(w.End) {
			t.Errorf("%s: date %s (%s), want %s (%s)", want.ID, g.Display(), g.Precision, w.Display(), w.Precision)
		}
	}
}

func TestTimelineJSImportMapsItsFields(t *testing.T) {
	path := writeTemp(t, "t.json", `{
  "title": {"text": {"headline": "My timeline"}},
  "events": [
    {"start_date": {"year": "2018", "month": "9", "day": ""}, "display_date": "mid Sep 2018",
     "text": {"headline": "Talks <i>resume</i> &amp; stall", "text": "<p>First.</p><p>Second<br>line.</p><script>x()</script>"},
     "media": {"url": "https://example.org/a.jpg", "caption": "A photo", "credit": "<a href='x'>AP</a>"},
     "group": "Diplomacy"},
    {"start_date": {"year": 2018}, "text": {"headline": "Talks resume & stall"}, "group": "Diplomacy"},
    {"start_date": {"year": 2018, "month": 4, "day": 27}, "end_date": {"year": 2018, "month": 5},
     "unique_id": "Span Event", "text": {"headline": ""}},
    {"text": {"headline": "Someday"}, "media": {"url": "<blockquote>No demand <cite>E. C.</cite></blockquote>"}}
  ]}`)
	loaded, err := data.LoadFile(path, data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	ds := loaded.Safe
	byID := func(id string) *model.Event {
		e := ds.Event(id)
		if e == nil {
			t.Fatalf("no event %q among %v", id, ids(ds))
		}
		return e
	}
	first := byID("talks-resume-stall")
	if first.Title != "Talks resume & stall" || first.Summary != "First.\n\nSecond\nline.\n\nMedia: A photo; credit: AP; https://example.org/a.jpg" {
		t.Errorf("title %q, summary %q", first.Title, first.Summary)
	}
	if d := first.Date; d.Precision != model.PrecisionMonth || d.Part != model.PartMid || d.Words != "mid Sep 2018" {
		t.Errorf("date %+v, want mid Sep 2018 at month precision with the display date kept", d)
	}
	if a := ds.Actor(first.Participants[0].ActorID); a == nil || a.Name != "Diplomacy" {
		t.Errorf("group did not become an actor: %+v", first.Participants)
	}
	if d := byID("talks-resume-stall-2").Date; d.Display() != "1 Jan–31 Dec 2018" {
		t.Errorf("a year alone is %q, want the year's range", d.Display())
	}
	if d := byID("span-event").Date; d.Display() != "27 Apr–31 May 2018" || byID("span-event").Title != "(no headline)" {
		t.Errorf("span %q, title %q", d.Display(), byID("span-event").Title)
	}
	if got := byID("someday").Summary; got != "Media: No demand E. C." {
		t.Errorf("a quotation given as media url reads %q, want its text", got)
	}
	if d := byID("someday").Date; d.Dated() {
		t.Errorf("a slide without start_date is dated %s", d.Display())
	}
	if len(loaded.Notes) != 1 || !strings.Contains(loaded.Notes[0], "no source excerpts") {
		t.Errorf("notes %q", loaded.Notes)
	}
}

func TestTimelineJSImportNamesWhatIsWrong(t *testing.T) {
	for body, want := range map[string]string{
		`{"events": [{"start_date": {"year": 2018, "month": 13}}]}`:                            "events[0]: start_date.month: 13 is not a month (1 to 12)",
		`{"events": [{"start_date": {"year": 2018, "month": 2, "day": "30"}}]}`:                "events[0]: start_date.day: 30 is not a day of 2018-02",
		`{"events": [{}, {"start_date": {"year": "twenty"}}]}`:                                 "events[1]: start_date.year: \"twenty\" is not a whole number",
		`{"events": [{"start_date": {"year": 2018, "month": 5}, "end_date": {"year": 2017}}]}`: "events[0]: end_date 2017-12-31 is before start_date 2018-05-01",
		`{"events": [{"text": "not an object"}]}`:                                              "events[0]: not a TimelineJS slide",
	} {
		path := writeTemp(t, "bad.json", body)
		_, err := data.LoadFileAs(path, data.DefaultMaxBytes, data.FormatTimelineJS, nil)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s:\n got %v\nwant %q", body, err, want)
		}
	}
}

func ids(ds *model.Dataset) []string {
	var out []string
	for _, e := range ds.Events {
		out = append(out, e.ID)
	}
	return out
}

func writeTemp(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
