package cli

import (
	"fmt"
	"strings"

	"parley/data"
	"parley/model"
)

const dateUsage = `Usage: parley date WORDS --from YYYY-MM-DD

Work out the date that relative words stand for, said on the day --from
(usually the source's publication date), and print it with the rule
applied and as a dataset date to paste:

  parley date "next Tuesday" --from 2024-10-09

Forms: today, yesterday, tomorrow; Monday (the latest before --from),
this/next/last Monday; this/next/last week or month; the end/start/middle
of this/next/last month; September, early/mid/late September (the one
nearest --from). Weeks run Monday to Sunday.
`

// runDate is parley date: relative words to a dataset date.
func runDate(args []string, env Env) int {
	fs := commandFlags("date")
	from := fs.String("from", "", "")
	words, code, done := commandArgs(env, fs, args, dateUsage)
	switch {
	case done:
		return code
	case len(words) == 0 || strings.TrimSpace(strings.Join(words, " ")) == "":
		return fail(env, ExitUsage, "date needs the words to work out, e.g. parley date \"next Tuesday\" --from 2024-10-09")
	case *from == "":
		return fail(env, ExitUsage, "date needs --from YYYY-MM-DD, the day the words were written (usually the source's publication date)")
	}
	day, err := model.ParseDate(string(model.PrecisionDay), *from, "", "")
	if err != nil {
		return fail(env, ExitUsage, "--from: %v", strings.TrimPrefix(err.Error(), "start "))
	}
	text := strings.Join(words, " ")
	d, rule, err := model.Relative(text, day.Start)
	if err != nil {
		return fail(env, ExitUsage, "%v", err)
	}
	d.Note = fmt.Sprintf("%s; said on %s", rule, day.Start.Format(model.DayLayout))
	return write(env, fmt.Sprintf("%s\nrule: %s\n\"date\": %s\n", d.Display(), rule, data.DateJSON(d)))
}
