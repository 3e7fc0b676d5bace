package model

import (
	"fmt"
	"strings"
	"time"
)

// Precision says how much of a date is known.
type Precision string

const (
	PrecisionDay   Precision = "day"   // one known day
	PrecisionMonth Precision = "month" // a month, or an early/mid/late part of one
	PrecisionRange Precision = "range" // a known first and last day
	PrecisionNone  Precision = "none"  // no date set
)

// Precisions lists every valid precision, for validation messages.
var Precisions = []Precision{PrecisionDay, PrecisionMonth, PrecisionRange, PrecisionNone}

// Part narrows a month-precision date to a third of the month.
type Part string

const (
	PartWhole Part = ""
	PartEarly Part = "early" // days 1–10
	PartMid   Part = "mid"   // days 11–20
	PartLate  Part = "late"  // day 21 to the end
)

// Parts lists the valid non-empty parts, for validation messages.
var Parts = []Part{PartEarly, PartMid, PartLate}

// Basis says where a date comes from.
type Basis string

const (
	BasisStated   Basis = "stated"   // printed in the source
	BasisInferred Basis = "inferred" // resolved from relative words against the publication date
	BasisRecord   Basis = "record"   // not in the source; taken from public record
	// BasisImported: given by a timeline parley imported, with no source
	// text to check it against. Only the importer sets it, so it is not in
	// Bases: a dataset file cannot claim it.
	BasisImported Basis = "imported"
)

// Bases lists every valid basis, for validation messages.
var Bases = []Basis{BasisStated, BasisInferred, BasisRecord}

// WordsSeparator joins several quoted phrases in one date's words:
// "This Friday; next week, from Sept 18-20".
const WordsSeparator = "; "

// Phrases is the date's words, one quoted phrase each.
func (d Date) Phrases() []string {
	if d.Words == "" {
		return nil
	}
	return strings.Split(d.Words, WordsSeparator)
}

// quotedWords is the phrases each in quotation marks: "a", "b" and "c".
func (d Date) quotedWords() string {
	ps := d.Phrases()
	q := make([]string, len(ps))
	for i, p := range ps {
		q[i] = fmt.Sprintf("%q", p)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// DayLayout is the one textual form of a day in datasets and flags.
const DayLayout = "2006-01-02"

// Date is a possibly imprecise date with its provenance.
type Date struct {
	Precision Precision
	Start     time.Time // first day; the month's first day for month precision
	End       time.Time // last day; only for range precision
	Part      Part      // only for month precision
	Basis     Basis
	Words     string // the source's words the date rests on, e.g. "this Friday"; phrases joined by WordsSeparator
	Note      string // how it was resolved, or which public record says so
}

// ParseDate builds a Date from its dataset fields and checks that they fit
// together. start and end are "YYYY-MM-DD" or empty.
func ParseDate(precision, start, end, part string) (Date, error) {
	d := Date{Precision: Precision(precision), Part: Part(part)}
	parse := func(name, s string) (time.Time, error) {
		t, err := parseDay(s)
		if err == nil {
			return t, nil
		}
		if dayShaped(s) {
			return time.Time{}, fmt.Errorf("%s %q is not a real date (no such day in the calendar)", name, s)
		}
		return time.Time{}, fmt.Errorf("%s %q is not a date of the form YYYY-MM-DD%s", name, s, dayFormHint(s))
	}
	var err error
	switch d.Precision {
	case PrecisionNone:
		if start != "" || end != "" || part != "" {
			return d, fmt.Errorf("precision none takes no start, end or part")
		}
		return d, nil
	case PrecisionDay, PrecisionMonth, PrecisionRange:
	default:
		return d, fmt.Errorf("precision %q is not one of %s", precision, ValueList(Precisions))
	}
	if start == "" {
		return d, fmt.Errorf("precision %s needs a start", precision)
	}
	if d.Start, err = parse("start", start); err != nil {
		return d, err
	}
	if d.Precision == PrecisionRange {
		if end == "" {
			return d, fmt.Errorf("precision range needs an end")
		}
		if d.End, err = parse("end", end); err != nil {
			return d, err
		}
		if d.End.Before(d.Start) {
			return d, fmt.Errorf("end %s is before start %s", end, start)
		}
	} else if end != "" {
		return d, fmt.Errorf("precision %s takes no end (only range does)", precision)
	}
	if d.Precision == PrecisionMonth {
		if d.Start.Day() != 1 {
			return d, fmt.Errorf("a month-precision start is the month's first day, not %s", start)
		}
		switch d.Part {
		case PartWhole, PartEarly, PartMid, PartLate:
		default:
			return d, fmt.Errorf("part %q is not one of %s", part, ValueList(Parts))
		}
	} else if part != "" {
		return d, fmt.Errorf("part goes only with precision month")
	}
	return d, nil
}

// parseDay is time.Parse(DayLayout, s), done by hand for a well-formed
// day, the case every date of a large dataset takes; anything else goes to
// time.Parse, which also says what is wrong.
func parseDay(s string) (time.Time, error) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	if len(s) == len(DayLayout) && s[4] == '-' && s[7] == '-' {
		y, okY := num(s[:4])
		m, okM := num(s[5:7])
		d, okD := num(s[8:])
		if okY && okM && okD && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(time.Month(m), y) {
			return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Parse(DayLayout, s)
}

// dayShaped reports whether s is written as YYYY-MM-DD, digits in place,
// whether or not that day exists.
func dayShaped(s string) bool {
	if len(s) != len(DayLayout) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (i == 4 || i == 7) != (s[i] == '-') || s[i] != '-' && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func daysIn(m time.Month, year int) int {
	if m == time.February {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 31 - int(m-1)%7%2
}

// Dated reports whether the date places the event in time at all.
// It goes by the precision, not by the start: 1 Jan of year 1 is Go's zero
// time and still a day a dataset can name.
func (d Date) Dated() bool {
	switch d.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionRange:
		return true
	}
	return false
}

// Span is the first and last day the date may stand for.
func (d Date) Span() (first, last time.Time) {
	switch d.Precision {
	case PrecisionDay:
		return d.Start, d.Start
	case PrecisionRange:
		return d.Start, d.End
	case PrecisionMonth:
		monthEnd := d.Start.AddDate(0, 1, -1)
		switch d.Part {
		case PartEarly:
			return d.Start, d.Start.AddDate(0, 0, 9)
		case PartMid:
			return d.Start.AddDate(0, 0, 10), d.Start.AddDate(0, 0, 19)
		case PartLate:
			return d.Start.AddDate(0, 0, 20), monthEnd
		}
		return d.Start, monthEnd
	}
	return time.Time{}, time.Time{}
}

// Display is the date as a reader sees it, its precision visible:
// "Mon 10 Sep 2018", "Apr 2018", "late Sep 2018", "18–20 Sep 2018",
// "no date set".
func (d Date) Display() string {
	if !d.Dated() {
		return "no date set"
	}
	switch d.Precision {
	case PrecisionDay:
		return d.Start.Format("Mon 2 Jan 2006")
	case PrecisionMonth:
		if d.Part != PartWhole {
			return string(d.Part) + " " + d.Start.Format("Jan 2006")
		}
		return d.Start.Format("Jan 2006")
	}
	s, e := d.Start, d.End
	switch {
	case s.Equal(e):
		return s.Format("Mon 2 Jan 2006")
	case s.Year() == e.Year() && s.Month() == e.Month():
		return fmt.Sprintf("%d–%s", s.Day(), e.Format("2 Jan 2006"))
	case s.Year() == e.Year():
		return s.Format("2 Jan") + "–" + e.Format("2 Jan 2006")
	}
	return s.Format("2 Jan 2006") + "–" + e.Format("2 Jan 2006")
}

// WithBasis is the date as displayed, flagged when the source does not
// print it: a reader citing it needs to know. "Mon 10 Sep 2018 (inferred)".
func (d Date) WithBasis() string {
	switch {
	case !d.Dated():
	case d.Basis == BasisInferred:
		return d.Display() + " (inferred)"
	case d.Basis == BasisRecord:
		return d.Display() + " (public record)"
	case d.Basis == BasisImported:
		return d.Display() + " (imported)"
	}
	return d.Display()
}

// PublicationUnknown is the one wording, in every output, for a source
// whose publication date is not known.
const PublicationUnknown = "publication date not known"

// Publication is a source's publication date as a reader sees it:
// "published 10–13 Sep 2018 (inferred)", or PublicationUnknown.
func (d Date) Publication() string {
	if !d.Dated() {
		return PublicationUnknown
	}
	return "published " + d.WithBasis()
}

// Provenance says where the date comes from, in a reader's words; empty
// for an undated date with nothing to say, whose Display already says
// "no date set".
func (d Date) Provenance() string {
	if !d.Dated() {
		return d.undatedProvenance()
	}
	var s string
	switch d.Basis {
	case BasisStated:
		s = "stated in the source"
		if d.Words != "" {
			s += " (" + d.quotedWords() + ")"
		}
	case BasisInferred:
		s = "inferred"
		if d.Words != "" {
			s += " from " + d.quotedWords()
		}
	case BasisRecord:
		s = "from public record"
		if d.Words != "" {
			s += "; the source says only " + d.quotedWords()
		}
	case BasisImported:
		s = "as the imported timeline gives it"
		if d.Words != "" {
			s += " (" + d.quotedWords() + ")"
		}
	default:
		s = "basis unknown"
	}
	if d.Note != "" {
		s += ": " + d.Note
	}
	return s
}

// undatedProvenance says why no date is set, which is what the source
// tells, not data missing: `the source says "…"`.
func (d Date) undatedProvenance() string {
	var why []string
	if d.Words != "" {
		why = append(why, "the source says "+d.quotedWords())
	}
	if d.Note != "" {
		why = append(why, d.Note)
	}
	if len(why) == 0 {
		return "" // Display says "no date set"; saying it twice tells nothing
	}
	return strings.Join(why, "; ")
}

// Before orders dates for a timeline: by first day, then the narrower span
// first (a known day before the month around it); undated dates last.
// Equal dates compare false both ways so a stable sort keeps dataset order.
func (d Date) Before(o Date) bool {
	if d.Dated() != o.Dated() {
		return d.Dated()
	}
	if !d.Dated() {
		return false
	}
	df, dl := d.Span()
	of, ol := o.Span()
	if !df.Equal(of) {
		return df.Before(of)
	}
	return dl.Before(ol)
}
