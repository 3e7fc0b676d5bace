package data

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"parley/model"
)

// tlParts is a TimelineJS date's year, month and day; 0 where not given.
type tlParts struct{ year, month, day int }

// slideDate reads a slide's dates with the precision their parts give: a
// day, a month (with display_date's "early", "mid" or "late" kept as the
// part), or a range from the first day of the start to the last of the
// end. A year alone is the range of that year: parley has no year
// precision. No start date is no date set, as TimelineJS, which skips
// such a slide, would have it. display is kept as the date's words.
func slideDate(start, end *tlDate, display string) (model.Date, error) {
	words := display
	if words == "no date set" {
		words = ""
	}
	s, err := start.parts("start_date")
	if err != nil || s.year == 0 {
		return model.Date{Precision: model.PrecisionNone, Words: words}, err
	}
	e, err := end.parts("end_date")
	if err != nil {
		return model.Date{}, err
	}
	d := model.Date{Basis: model.BasisImported, Words: words, Note: "a TimelineJS file, with no source text to check it against"}
	first, last := s.span()
	switch {
	case e.year != 0 && e != s:
		_, last = e.span()
		if last.Before(first) {
			return d, fmt.Errorf("end_date %s is before start_date %s", last.Format(model.DayLayout), first.Format(model.DayLayout))
		}
		d.Precision, d.Start, d.End = model.PrecisionRange, first, last
	case s.day != 0:
		d.Precision, d.Start = model.PrecisionDay, first
	case s.month != 0:
		d.Precision, d.Start = model.PrecisionMonth, first
		for _, p := range model.Parts {
			if strings.HasPrefix(strings.ToLower(display), string(p)+" ") {
				d.Part = p
			}
		}
	default:
		d.Precision, d.Start, d.End = model.PrecisionRange, first, last
	}
	if d.Precision == model.PrecisionRange && d.Start.Equal(d.End) {
		d.Precision, d.End = model.PrecisionDay, time.Time{}
	}
	return d, nil
}

// span is the first and last day the parts stand for.
func (p tlParts) span() (first, last time.Time) {
	switch {
	case p.day != 0:
		first = time.Date(p.year, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC)
		return first, first
	case p.month != 0:
		first = time.Date(p.year, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1)
	}
	first = time.Date(p.year, time.January, 1, 0, 0, 0, 0, time.UTC)
	return first, first.AddDate(1, 0, -1)
}

// parts reads year, month and day, each a number or a string of digits
// ("" or absent for unknown), and checks that they make a date parley can
// hold. A nil date has no parts.
func (d *tlDate) parts(name string) (tlParts, error) {
	var p tlParts
	if d == nil {
		return p, nil
	}
	var err error
	for _, f := range []struct {
		key string
		raw json.RawMessage
		to  *int
	}{{"year", d.Year, &p.year}, {"month", d.Month, &p.month}, {"day", d.Day, &p.day}} {
		if *f.to, err = datePart(f.raw); err != nil {
			return p, fmt.Errorf("%s.%s: %v", name, f.key, err)
		}
	}
	switch {
	case p.year == 0 && (p.month != 0 || p.day != 0):
		return p, fmt.Errorf("%s: a month or day without a year", name)
	case p.year == 0:
	case p.year < 1 || p.year > 9999:
		return p, fmt.Errorf("%s.year: %d is outside the years parley reads (1 to 9999)", name, p.year)
	case p.month == 0 && p.day != 0:
		return p, fmt.Errorf("%s: a day without a month", name)
	case p.month < 0 || p.month > 12:
		return p, fmt.Errorf("%s.month: %d is not a month (1 to 12)", name, p.month)
	case p.day < 0 || p.day > time.Date(p.year, time.Month(p.month)+1, 0, 0, 0, 0, 0, time.UTC).Day():
		return p, fmt.Errorf("%s.day: %d is not a day of %04d-%02d", name, p.day, p.year, p.month)
	}
	return p, nil
}

// datePart reads one part: a JSON number or a string of digits; 0 when
// absent, null or "".
func datePart(raw json.RawMessage) (int, error) {
	text := strings.TrimSpace(string(raw))
	if text == "" || text == "null" {
		return 0, nil
	}
	if strings.HasPrefix(text, `"`) {
		if err := json.Unmarshal(raw, &text); err != nil {
			return 0, err
		}
		if text = strings.TrimSpace(text); text == "" {
			return 0, nil
		}
	}
	n, err := strconv.Atoi(text)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole number", text)
	}
	return n, nil
}
