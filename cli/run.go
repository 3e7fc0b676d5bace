package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"parley/data"
	"parley/model"
	"parley/termsafe"
)

// Run is the whole command: it parses args (without the program name),
// does what they ask and returns the exit code. Output is built in full
// before any of it is written, so a failing run writes nothing to stdout.
func Run(args []string, env Env) int {
	if len(args) > 0 {
		if command, ok := commands[args[0]]; ok {
			return command(args[1:], env)
		}
	}
	o, err := parseFlags(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return write(env, usage)
	case err != nil:
		return fail(env, ExitUsage, "%v\nRun 'parley --help' for usage.", err)
	case o.version:
		return write(env, currentVersion()+"\n")
	case o.schema:
		return write(env, string(data.JSONSchema()))
	case o.validateFile != "":
		return validate(env, o.validateFile, o.maxMiB<<20, o.dataFormat)
	case o.fixFile != "":
		return fixExcerpts(env, o.fixFile, o.maxMiB<<20)
	}

	if embeddedExplorer(o, env) {
		return exploreEmbedded(o, env)
	}
	var loaded *data.Loaded
	if inBackground(o, env) {
		b := startLoad(o, afterLoad(o, env))
		if !b.within(openDelay) {
			return exploreWhileLoading(o, env, b)
		}
		loaded, err = b.result()
	} else {
		loaded, err = load(o, env)
	}
	if err != nil {
		return failData(env, err)
	}
	filter, err := resolveFilter(loaded.Safe, o)
	if err != nil {
		return fail(env, ExitUsage, "%v", err)
	}
	var event *model.Event
	if o.eventID != "" {
		if event = loaded.Safe.Event(o.eventID); event == nil {
			ids := eventIDs(loaded.Safe)
			anyID := func(string) bool { return true }
			return fail(env, ExitUsage, "no event has id %q%s", o.eventID, suggestOr(o.eventID, ids, anyID, "; valid ids: "+listIDs(ids, "events")))
		}
	}

	if o.pattern {
		var out bytes.Buffer
		if err := WritePattern(&out, loaded.Safe); err != nil {
			return fail(env, ExitData, "%v", err)
		}
		return write(env, out.String())
	}
	if o.export != "" {
		return runExport(env, o, loaded, filter, event)
	}
	if chooseOutput(o, env) == outputExplorer {
		opts := exploreOptions(o, env)
		opts.Filter, opts.Raw = filter, loaded.Raw
		return exploreResult(env, env.Explore(loaded.Safe, opts))
	}
	nb, err := readNotebook(o, env, loaded.Safe)
	if err != nil {
		return fail(env, ExitData, "%v", err)
	}
	filter.Marked, filter.Notes = nb.Book.MarkedIDs(), nb.Places.Texts()
	var out bytes.Buffer
	if err := render(&out, o, loaded, filter, event, nb); err != nil {
		return fail(env, ExitData, "%v", err)
	}
	return write(env, out.String())
}

// render prints the requested output: plain from the terminal-safe
// dataset, JSON from the raw one; one event when event is not nil. Notes
// are placed on the terminal-safe dataset, the one they were written on.
func render(w io.Writer, o options, loaded *data.Loaded, filter model.Filter, event *model.Event, nb NotesView) error {
	if o.json {
		events := loaded.Raw.Query(filter)
		if event != nil {
			events = []*model.Event{loaded.Raw.Event(event.ID)}
		}
		return writeJSON(w, loaded.Name, loaded.Raw, events, newJSONFilter(filter, o.eventID), nb)
	}
	if event != nil {
		return WriteEvent(w, loaded.Safe, event, loaded.Raw.Event(event.ID), nb)
	}
	return WriteTimeline(w, loaded.Safe, filter, nb)
}

type output int

const (
	outputExplorer output = iota
	outputPlain
	outputJSON
)

// chooseOutput: JSON when asked; plain when asked, when stdout is not a
// terminal, when there is no keyboard, when ACCESSIBLE is set, or when no
// explorer is wired in; else the explorer.
func chooseOutput(o options, env Env) output {
	switch {
	case o.json:
		return outputJSON
	case o.plain, !env.StdoutIsTerminal, env.NoKeyboard, accessible(env.Getenv), env.Explore == nil:
		return outputPlain
	}
	return outputExplorer
}

// exploring reports whether the flags ask for the explorer: no pattern,
// no export, and a terminal to explore on.
func exploring(o options, env Env) bool {
	return !o.pattern && o.export == "" && chooseOutput(o, env) == outputExplorer
}

// exploreOptions is the explorer's starting state the flags give before
// any dataset is read.
func exploreOptions(o options, env Env) ExploreOptions {
	opts := ExploreOptions{EventID: o.eventID, Theme: o.theme, Mouse: o.mouse}
	var err error
	if opts.NotesFile, opts.NotesIdentity, _, err = notesPath(o, env.Getenv); err != nil {
		opts.NotesProblem = "notes are not saved: " + err.Error()
	}
	return opts
}

// accessible reports whether ACCESSIBLE asks for plain output: any value
// but empty, "0" or "false".
func accessible(getenv func(string) string) bool {
	if getenv == nil {
		return false
	}
	v := strings.TrimSpace(getenv("ACCESSIBLE"))
	return v != "" && v != "0" && !strings.EqualFold(v, "false")
}

func load(o options, env Env) (*data.Loaded, error) {
	if o.dataFile == "" {
		return data.Embedded()
	}
	meter := newLoadMeter(env, o.dataFile)
	defer meter.done()
	defer tuneGC(o.dataFile, afterLoad(o, env))()
	return data.LoadFileAs(o.dataFile, o.maxMiB<<20, o.dataFormat, meter.report())
}

// flagFilter is the filter the flags ask for, but its actors.
func flagFilter(o options) model.Filter {
	f := model.Filter{Search: termsafe.Search(o.search), MarkedOnly: o.marked}
	if o.all {
		f.Mode = model.MatchAll
	}
	return f
}

// resolveFilter turns the filter flags into a model.Filter, each --actor
// resolved to one actor as the explorer's actor filter would find it.
// Unknown actors are all named at once; a word that fits several actors
// names them, so the user can pick.
func resolveFilter(ds *model.Dataset, o options) (model.Filter, error) {
	f := flagFilter(o)
	var unknown []string
	var ambiguous error
	for _, word := range o.actors {
		found := ds.FindActors(word)
		switch {
		case len(found) == 0:
			unknown = append(unknown, word)
		case len(found) > 1:
			if ambiguous == nil {
				ambiguous = fmt.Errorf("--actor %q fits %d actors: %s; give the id or more of the name", word, len(found), listActors(found))
			}
		case !contains(f.Actors, found[0].ID):
			f.Actors = append(f.Actors, found[0].ID)
		}
	}
	all := "; actors: " + listActors(ds.Actors)
	switch {
	case len(unknown) == 1: // only words that fit one actor: "korean" fits four
		fitsOne := func(w string) bool { return len(ds.FindActors(w)) == 1 }
		return f, fmt.Errorf("no actor fits %q%s", unknown[0], suggestOr(strings.ToLower(unknown[0]), actorWords(ds.Actors), fitsOne, all))
	case len(unknown) > 1:
		return f, fmt.Errorf("no actor fits %s%s", quoteAll(unknown), all)
	}
	return f, ambiguous
}

// listActors is "Name (id), …" for an error message, cut short for a
// large dataset.
func listActors(actors []*model.Actor) string {
	named := make([]string, len(actors))
	for i, a := range actors {
		named[i] = fmt.Sprintf("%s (%s)", oneLine(a.Name), a.ID)
	}
	return listIDs(named, "actors")
}

func eventIDs(ds *model.Dataset) []string {
	ids := make([]string, len(ds.Events))
	for i, e := range ds.Events {
		ids[i] = e.ID
	}
	return ids
}

// actorWords is what --actor is matched against, in lower case: each
// actor's id, name and the words of its name, as a part of a name fits.
func actorWords(actors []*model.Actor) []string {
	var words []string
	for _, a := range actors {
		name := strings.ToLower(oneLine(a.Name))
		words = append(append(words, a.ID, name), strings.Fields(name)...)
	}
	return words
}

// suggestOr ends an error about a word the user typed: the candidates
// closest to it that fits accepts ("; did you mean …?"), or else
// otherwise (the list of every valid value).
func suggestOr(word string, candidates []string, fits func(string) bool, otherwise string) string {
	near := slices.DeleteFunc(data.Closest(word, candidates), func(c string) bool { return !fits(c) })
	if len(near) == 0 {
		return otherwise
	}
	return data.Suggestion(near)
}

func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = fmt.Sprintf("%q", w)
	}
	return strings.Join(q, ", ")
}

// maxListedIDs keeps an error about a large dataset to a few lines.
const maxListedIDs = 30

// listIDs joins ids for an error message, the first maxListedIDs of them
// and a pointer to the rest.
func listIDs(ids []string, what string) string {
	if len(ids) <= maxListedIDs {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d more (parley --json lists all %s)", strings.Join(ids[:maxListedIDs], ", "), len(ids)-maxListedIDs, what)
}

// write prints s to stdout; a failed write (a closed pipe, a full disk) is
// reported, since the output is the point of the run.
func write(env Env, s string) int {
	if _, err := env.Stdout.Write([]byte(s)); err != nil {
		return fail(env, ExitData, "writing output: %v", err)
	}
	return ExitOK
}

// fail reports an error on stderr, made terminal-safe: messages can quote
// a dataset's or the user's text.
func fail(env Env, code int, format string, args ...any) int {
	fmt.Fprintln(env.Stderr, termsafe.Text("parley: "+fmt.Sprintf(format, args...)))
	return code
}

// failData reports every problem found in a dataset, one per line, in the
// form FILE: JSON-path: message.
func failData(env Env, err error) int {
	fmt.Fprintln(env.Stderr, termsafe.Text(err.Error()))
	return ExitData
}
