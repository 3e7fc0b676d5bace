package model

import (
	"testing"
	"time"
)

func TestRelative(t *testing.T) {
	wed := time.Date(2024, 10, 9, 0, 0, 0, 0, time.UTC) // a Wednesday
	mon := time.Date(2018, 9, 10, 0, 0, 0, 0, time.UTC) // the article's Monday briefing
	cases := []struct {
		words   string
		from    time.Time
		display string
		rule    string
	}{
		{"next Tuesday", wed, "Tue 15 Oct 2024", `"next Tuesday" is the Tuesday of the week after the one it was said in`},
		{"this Friday", mon, "Fri 14 Sep 2018", `"this Friday" is the Friday of the week it was said in`},
		{"This  Friday", wed, "Fri 11 Oct 2024", `"this Friday" is the Friday of the week it was said in`},
		{"last Friday", wed, "Fri 4 Oct 2024", `"last Friday" is the Friday of the week before the one it was said in`},
		{"Monday", wed, "Mon 7 Oct 2024", `a bare Monday is the latest one before the day it was said (news reports what has happened; "this Monday" or "next Monday" is for one ahead)`},
		{"on Wednesday", wed, "Wed 2 Oct 2024", `a bare Wednesday is the latest one before the day it was said (news reports what has happened; "this Wednesday" or "next Wednesday" is for one ahead)`},
		{"yesterday", wed, "Tue 8 Oct 2024", "yesterday is the day before it was said"},
		{"today", wed, "Wed 9 Oct 2024", "today is the day it was said"},
		{"tomorrow", wed, "Thu 10 Oct 2024", "tomorrow is the day after it was said"},
		{"next week", wed, "14–20 Oct 2024", `"next week" is Monday to Sunday of the week after`},
		{"last week", wed, "30 Sep–6 Oct 2024", `"last week" is Monday to Sunday of the week before`},
		{"this week", wed, "7–13 Oct 2024", `"this week" is Monday to Sunday of the week it was said in`},
		{"last month", wed, "Sep 2024", `"last month" is the whole of the month before`},
		{"next month", time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC), "Jan 2025", `"next month" is the whole of the month after`},
		{"the end of this month", mon, "late Sep 2018", `"end of this month" is the last third of the month it was said in (day 21 to the end)`},
		{"at the end of the month", mon, "late Sep 2018", `"end of the month" is the last third of the month it was said in (day 21 to the end)`},
		{"start of next month", wed, "early Nov 2024", `"start of next month" is the first third of the month after (days 1-10)`},
		{"early September", wed, "early Sep 2024", "a month named without a year is the September nearest the day it was said; early is its first third (days 1-10)"},
		{"mid-Sept", mon, "mid Sep 2018", "a month named without a year is the September nearest the day it was said; mid is its middle third (days 11-20)"},
		{"late December", time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), "late Dec 2024", "a month named without a year is the December nearest the day it was said; late is its last third (day 21 to the end)"},
		{"in April", mon, "Apr 2018", "a month named without a year is the April nearest the day it was said"},
	}
	for _, c := range cases {
		d, rule, err := Relative(c.words, c.from)
		if err != nil {
			t.Errorf("%q: %v", c.words, err)
			continue
		}
		if d.Display() != c.display || rule != c.rule || d.Basis != BasisInferred || d.Words != c.words {
			t.Errorf("%q from %s: %s, %q (basis %s, words %q)\nwant %s, %q", c.words, c.from.Format(DayLayout), d.Display(), rule, d.Basis, d.Words, c.display, c.rule)
		}
	}
}

func TestRelativeRefusesWhatItCannotWorkOut(t *testing.T) {
	for _, words := range []string{"", "soon", "next year", "the other day", "next Funday", "mi"} {
		if d, _, err := Relative(words, time.Now()); err == nil {
			t.Errorf("%q: worked out %s, want an error", words, d.Display())
		}
	}
}
