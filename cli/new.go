package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"parley/data"
	"parley/model"
)

const newUsage = `Usage: parley new SOURCE.txt [--title TITLE] [--published YYYY-MM-DD]

Write a dataset to start from beside the text file SOURCE.txt, as
SOURCE.json: the source, one example actor, and one example event whose
excerpt is the text's first sentence. It validates as written; replace the
examples with the story's own (docs/dataset.md walks through it). An
existing file is never overwritten.

  --title TITLE            the source's title (default: the text's first line)
  --published YYYY-MM-DD   the day it was published; recorded with basis
                           record, so say in its note where the date is from
`

// runNew is parley new: a starter dataset for a text.
func runNew(args []string, env Env) int {
	fs := commandFlags("new")
	title := fs.String("title", "", "")
	published := fs.String("published", "", "")
	files, code, done := commandArgs(env, fs, args, newUsage)
	switch {
	case done:
		return code
	case len(files) == 0:
		return fail(env, ExitUsage, "new needs the source's text file: parley new SOURCE.txt")
	case len(files) > 1:
		return fail(env, ExitUsage, "new takes one text file, not %d (%s)", len(files), strings.Join(files, ", "))
	}
	source := files[0]
	target := strings.TrimSuffix(source, filepath.Ext(source)) + ".json"
	if target == source {
		return fail(env, ExitUsage, "%s: the source must be a text file, not .json: parley new writes SOURCE.json beside it", source)
	}
	var date *model.Date
	if *published != "" {
		d, err := model.ParseDate(string(model.PrecisionDay), *published, "", "")
		if err != nil {
			return fail(env, ExitUsage, "--published: %v", strings.TrimPrefix(err.Error(), "start "))
		}
		d.Basis, d.Note = model.BasisRecord, "given to parley new; say where the date is from"
		date = &d
	}
	text, err := data.ReadFile(source, data.DefaultMaxBytes)
	if err != nil {
		return fail(env, ExitData, "%s: %v", source, err)
	}
	out, err := data.Starter(source, string(text), *title, date)
	if err != nil {
		return fail(env, ExitData, "%v", err)
	}
	if err := writeAtomic(target, out, false); errors.Is(err, errExists) {
		return fail(env, ExitData, "%s already exists; parley new never overwrites a file: move it away or copy the text to another name", target)
	} else if err != nil {
		return fail(env, ExitData, "%s: not written: %v", target, err)
	}
	return write(env, fmt.Sprintf("wrote %s: 1 source, 1 example actor, 1 example event\nnext: replace the examples, then run parley --validate %s\n", target, target))
}
