package cli

import (
	"bytes"
	"fmt"

	"parley/data"
	"parley/export"
	"parley/internal/words"
	"parley/model"
	"parley/termsafe"
)

// runExport writes the events the flags select in the --export format, to
// stdout or atomically to the --output file. The JSON formats are built
// from the raw text (JSON escapes it); Markdown and CSV from the
// terminal-safe text, since they are read on terminals as they are.
func runExport(env Env, o options, loaded *data.Loaded, filter model.Filter, event *model.Event) int {
	nb, err := readNotebook(o, env, loaded.Safe)
	if err != nil {
		return fail(env, ExitData, "%v", err)
	}
	filter.Marked, filter.Notes = nb.Book.MarkedIDs(), nb.Places.Texts()
	ds := loaded.Safe
	if o.export == "timelinejs" || o.export == "csl-json" {
		ds = loaded.Raw
	}
	events := ds.Query(filter)
	if event != nil {
		events = []*model.Event{ds.Event(event.ID)}
	}
	heading := export.Selection(ds, filter, len(events))
	if event != nil {
		heading = "1 of " + words.Count(len(ds.Events), "event", "events") + " · event: " + event.ID
	}
	v := export.View{Dataset: ds, Events: events, About: heading, Notes: export.Notes{Marked: filter.Marked, Places: nb.Places}}
	var out bytes.Buffer
	if err := export.Write(&out, o.export, v); err != nil {
		return fail(env, ExitData, "export: %v", err)
	}
	if o.outputFile == "" {
		if len(events) == 0 { // valid output, but likely not what was meant
			fmt.Fprintln(env.Stderr, "parley: note: no event matches; the export holds none")
		}
		return write(env, out.String())
	}
	if what := readFrom(o.outputFile, loaded.Files); what != "" {
		return fail(env, ExitData, "--output %s: is %s; parley does not write over what it reads, choose another file", o.outputFile, what)
	}
	if err := writeAtomic(o.outputFile, out.Bytes(), true); err != nil {
		return fail(env, ExitData, "--output %s: %v", o.outputFile, err)
	}
	fmt.Fprintln(env.Stderr, termsafe.Text(fmt.Sprintf("parley: wrote %s as %s to %s", v.Holds(o.export), o.export, o.outputFile)))
	return ExitOK
}
