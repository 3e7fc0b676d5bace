package model

import (
	"fmt"
	"strings"
	"time"
)

// Relative works out the date that relative words ("next Tuesday", "the
// end of this month", "mid September") stand for, said on the day from,
// as an inferred date of the dataset's kind. rule says, in words, how it
// was worked out, for the date's note. Weeks run Monday to Sunday.
func Relative(words string, from time.Time) (d Date, rule string, err error) {
	from = time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
	w := strings.Join(strings.Fields(strings.ToLower(words)), " ")
	for _, filler := range []string{"on ", "in ", "at ", "by ", "the "} {
		w = strings.TrimPrefix(w, filler)
	}
	d, rule, ok := relativeDay(w, from)
	if !ok {
		d, rule, ok = relativeSpan(w, from)
	}
	if !ok {
		return Date{}, "", fmt.Errorf("%q is not a form parley works out; it knows today, yesterday, tomorrow, "+
			"[this|next|last] <weekday>, [this|next|last] week or month, [the] end|start|middle of this|next|last month, "+
			"and [early|mid|late] <month>", words)
	}
	d.Basis, d.Words = BasisInferred, strings.TrimSpace(words)
	return d, rule, nil
}

func dayDate(t time.Time) Date { return Date{Precision: PrecisionDay, Start: t} }

// monday is the Monday of t's week.
func monday(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// relativeDay handles the forms that name one day.
func relativeDay(w string, from time.Time) (Date, string, bool) {
	switch w {
	case "today":
		return dayDate(from), "today is the day it was said", true
	case "yesterday":
		return dayDate(from.AddDate(0, 0, -1)), "yesterday is the day before it was said", true
	case "tomorrow":
		return dayDate(from.AddDate(0, 0, 1)), "tomorrow is the day after it was said", true
	}
	which, name, found := strings.Cut(w, " ")
	if !found {
		which, name = "", w
	}
	day, ok := weekdays[name]
	if !ok {
		return Date{}, "", false
	}
	offset := (int(day) + 6) % 7 // days after Monday
	week := monday(from)
	switch which {
	case "":
		t := from.AddDate(0, 0, -1)
		for t.Weekday() != day {
			t = t.AddDate(0, 0, -1)
		}
		return dayDate(t), fmt.Sprintf("a bare %s is the latest one before the day it was said (news reports what has happened; \"this %s\" or \"next %s\" is for one ahead)", title(name), title(name), title(name)), true
	case "this":
		return dayDate(week.AddDate(0, 0, offset)), fmt.Sprintf("\"this %s\" is the %s of the week it was said in", title(name), title(name)), true
	case "next":
		return dayDate(week.AddDate(0, 0, 7+offset)), fmt.Sprintf("\"next %s\" is the %s of the week after the one it was said in", title(name), title(name)), true
	case "last":
		return dayDate(week.AddDate(0, 0, offset-7)), fmt.Sprintf("\"last %s\" is the %s of the week before the one it was said in", title(name), title(name)), true
	}
	return Date{}, "", false
}

// relativeSpan handles the forms that name a week, a month or a part of one.
func relativeSpan(w string, from time.Time) (Date, string, bool) {
	week := monday(from)
	month := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
	shift := map[string]int{"this": 0, "next": 1, "last": -1}
	if which, unit, ok := strings.Cut(w, " "); ok {
		if n, ok := shift[which]; ok {
			switch unit {
			case "week":
				start := week.AddDate(0, 0, 7*n)
				return Date{Precision: PrecisionRange, Start: start, End: start.AddDate(0, 0, 6)},
					fmt.Sprintf("%q is Monday to Sunday of %s", w, weekPhrase[n]), true
			case "month":
				return Date{Precision: PrecisionMonth, Start: month.AddDate(0, n, 0)}, fmt.Sprintf("%q is the whole of %s", w, monthPhrase[n]), true
			}
		}
	}
	for words, part := range map[string]Part{"end of ": PartLate, "start of ": PartEarly, "beginning of ": PartEarly, "middle of ": PartMid} {
		rest, ok := strings.CutPrefix(w, words)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "the ")
		which, unit, _ := strings.Cut(rest, " ")
		if rest == "month" {
			which, unit = "this", "month"
		}
		if n, ok := shift[which]; ok && unit == "month" {
			return Date{Precision: PrecisionMonth, Start: month.AddDate(0, n, 0), Part: part},
				fmt.Sprintf("%q is the %s third of %s (%s)", w, partName[part], monthPhrase[n], partDays[part]), true
		}
	}
	return namedMonth(w, from)
}

var (
	weekPhrase  = map[int]string{0: "the week it was said in", 1: "the week after", -1: "the week before"}
	monthPhrase = map[int]string{0: "the month it was said in", 1: "the month after", -1: "the month before"}
	partName    = map[Part]string{PartEarly: "first", PartMid: "middle", PartLate: "last"}
	partDays    = map[Part]string{PartEarly: "days 1-10", PartMid: "days 11-20", PartLate: "day 21 to the end"}
)

// namedMonth handles "September", "early September", "mid-September",
// "late Sept": the month of that name nearest the day it was said.
func namedMonth(w string, from time.Time) (Date, string, bool) {
	part := PartWhole
	for prefix, p := range map[string]Part{"early ": PartEarly, "mid ": PartMid, "mid-": PartMid, "late ": PartLate} {
		if rest, ok := strings.CutPrefix(w, prefix); ok {
			part, w = p, rest
			break
		}
	}
	m, ok := monthNamed(w)
	if !ok {
		return Date{}, "", false
	}
	best := time.Time{}
	for _, y := range []int{from.Year() - 1, from.Year(), from.Year() + 1} {
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		if best.IsZero() || absDays(t, from) < absDays(best, from) {
			best = t
		}
	}
	rule := fmt.Sprintf("a month named without a year is the %s nearest the day it was said", m)
	if part != PartWhole {
		rule += fmt.Sprintf("; %s is its %s third (%s)", part, partName[part], partDays[part])
	}
	return Date{Precision: PrecisionMonth, Start: best, Part: part}, rule, true
}

func absDays(a, b time.Time) time.Duration {
	if a.Before(b) {
		return b.Sub(a)
	}
	return a.Sub(b)
}

// monthNamed reads a month's name, whole or cut to three letters or more
// ("sep", "sept", "september"), with or without a full stop.
func monthNamed(w string) (time.Month, bool) {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 3 {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), w) {
			return m, true
		}
	}
	return 0, false
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
