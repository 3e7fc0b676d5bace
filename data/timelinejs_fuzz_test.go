package data

import (
	"testing"

	"parley/model"
	"parley/termsafe"
)

// Whatever a TimelineJS file holds, reading it ends in problems or in a
// dataset whose ids are slugs, whose dates are consistent and whose
// terminal-safe text is safe.
func FuzzTimelineJSImport(f *testing.F) {
	for _, s := range []string{
		`{"events": []}`,
		`{"events": [{"start_date": {"year": "2018", "month": "9"}, "display_date": "early Sep 2018", "text": {"headline": "<b>x</b>", "text": "<p>a</p><script>"}}]}`,
		`{"events": [{"start_date": {"year": 2018}, "end_date": {"year": 2019, "month": 2, "day": 29}, "unique_id": "--"}]}`,
		`{"events": [{"text": {"headline": "\u001b]52;c;eA==\u0007<br/>&#x1b;[2J"}, "group": "\u202e"}, {"text": {"headline": "\u001b]52;c;eA==\u0007"}}]}`,
		`{"events": [{"start_date": {"year": "-1"}}]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		loaded, err := loadTimelineJS("f.json", text)
		if err != nil {
			return
		}
		for _, e := range loaded.Safe.Events {
			if !isSlug(e.ID) {
				t.Fatalf("id %q is not a slug", e.ID)
			}
			for _, s := range []string{e.Title, e.Summary, e.Date.Words} {
				if termsafe.Text(s) != s {
					t.Fatalf("terminal-safe text is not: %q", s)
				}
			}
			if d := e.Date; d.Dated() {
				if _, err := model.ParseDate(string(d.Precision), d.Start.Format(model.DayLayout), endOf(d), string(d.Part)); err != nil {
					t.Fatalf("date %+v does not hold together: %v", d, err)
				}
			}
		}
	})
}

func endOf(d model.Date) string {
	if d.Precision != model.PrecisionRange {
		return ""
	}
	return d.End.Format(model.DayLayout)
}
