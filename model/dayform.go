package model

import (
	"fmt"
	"strconv"
	"strings"
)

// dayFormHint says how to write a day the validator could not read, when
// it can tell: ` (write "2024-09-05")` for 2024-9-5. Anything it cannot
// read as year, month and day gives "".
func dayFormHint(s string) string {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return ""
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || len(p) > 2 && i > 0 {
			return ""
		}
		n[i] = v
	}
	padded := fmt.Sprintf("%04d-%02d-%02d", n[0], n[1], n[2])
	if padded == s {
		return "" // the form is right; the day itself is not
	}
	if _, err := parseDay(padded); err != nil {
		return ""
	}
	return fmt.Sprintf(" (write %q: four-digit year, two-digit month and day)", padded)
}
