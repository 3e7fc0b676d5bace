// Package words holds the small wording rules the command line and the
// explorer share, so both say the same thing the same way.
package words

import "strconv"

// Count is n with the noun agreeing: "1 event", "0 events", "16384
// events". Both forms are given, not derived, because English plurals are
// irregular ("1 match", "2 matches"). The digits are not grouped: printed
// output is read by scripts too (`FILE: ok: 16384 events`).
func Count(n int, one, many string) string {
	return counted(strconv.Itoa(n), n, one, many)
}

// Grouped is Count with the digits grouped, "16,384 events", for the
// explorer's screen, which only people read.
func Grouped(n int, one, many string) string {
	return counted(Thousands(n), n, one, many)
}

func counted(digits string, n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return digits + " " + many
}

// Thousands is n with its digits grouped by commas: "35,840".
func Thousands(n int) string {
	digits := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, digits = "-", digits[1:]
	}
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	out := digits[:head]
	for rest := digits[head:]; rest != ""; rest = rest[3:] {
		out += "," + rest[:3]
	}
	return sign + out
}
