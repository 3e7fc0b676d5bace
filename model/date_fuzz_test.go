package model

import (
	"testing"
	"time"
)

func FuzzParseDate(f *testing.F) {
	f.Add("day", "2018-09-10", "", "")
	f.Add("month", "2018-09-01", "", "late")
	f.Add("range", "2018-09-18", "2018-09-20", "")
	f.Add("range", "0001-01-01", "9999-12-31", "")
	f.Add("none", "", "", "")
	f.Fuzz(func(t *testing.T, precision, start, end, part string) {
		d, err := ParseDate(precision, start, end, part)
		if err != nil {
			return
		}
		// An accepted date always displays, has an ordered span, and
		// orders consistently against itself.
		if d.Display() == "" {
			t.Fatalf("empty display for %+v", d)
		}
		first, last := d.Span()
		if last.Before(first) {
			t.Fatalf("span %v..%v runs backwards for %q %q %q %q", first, last, precision, start, end, part)
		}
		if d.Before(d) {
			t.Fatalf("a date is before itself: %+v", d)
		}
	})
}

func FuzzParseDayIsTimeParse(f *testing.F) {
	for _, s := range []string{"2018-09-10", "2016-02-29", "2018-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "2018-04-31", "2018-13-01", "2018-00-10", "2018-9-10", "+018-09-10", "2018-09-1x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotErr := parseDay(s)
		want, wantErr := time.Parse(DayLayout, s)
		if (gotErr == nil) != (wantErr == nil) || gotErr == nil && got != want {
			t.Fatalf("parseDay(%q) = %v, %v; time.Parse gives %v, %v", s, got, gotErr, want, wantErr)
		}
	})
}
