package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"parley/data"
	"parley/export"
)

// options is the command line once parsed and checked for consistency.
// Whether an actor or event exists is checked later, against the dataset.
type options struct {
	plain, json  bool
	actors       []string // as typed: ids or names
	all          bool
	marked       bool
	search       string
	eventID      string
	pattern      bool
	dataFile     string
	validateFile string
	fixFile      string
	notesFile    string
	maxMiB       int64
	theme        string
	mouse        bool
	version      bool
	schema       bool
	givenTwice   string // a flag given more than once that may not be
	export       string // a format of export.Formats; empty for none
	outputFile   string // where --export writes; empty for stdout
	dataFormat   string // the --data file's format: auto, parley or timelinejs
}

// maxMiB is the largest --max-mib: 1 TiB.
const maxMiB = 1 << 20

// dataFormats are what --data-format takes: auto tells by the file's shape.
var dataFormats = []string{"auto", "parley", "timelinejs"}

// Themes the explorer accepts.
var themes = []string{"auto", "dark", "light"}

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// repeated collects every value of a flag given more than once.
type repeated []string

func (r *repeated) String() string { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("must not be empty")
	}
	*r = append(*r, v)
	return nil
}

func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("parley", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // Run reports errors and usage itself
	fs.Usage = func() {}
	fs.BoolVar(&o.plain, "plain", false, "")
	fs.BoolVar(&o.json, "json", false, "")
	fs.Var((*repeated)(&o.actors), "actor", "")
	fs.BoolVar(&o.all, "all", false, "")
	fs.BoolVar(&o.marked, "marked", false, "")
	fs.StringVar(&o.search, "search", "", "")
	fs.StringVar(&o.eventID, "event", "", "")
	fs.BoolVar(&o.pattern, "pattern", false, "")
	fs.StringVar(&o.dataFile, "data", "", "")
	fs.StringVar(&o.validateFile, "validate", "", "")
	fs.StringVar(&o.fixFile, "fix-excerpts", "", "")
	fs.StringVar(&o.notesFile, "notes", "", "")
	fs.Int64Var(&o.maxMiB, "max-mib", data.DefaultMaxBytes>>20, "")
	fs.StringVar(&o.theme, "theme", "auto", "")
	fs.BoolVar(&o.mouse, "mouse", false, "")
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&o.schema, "schema", false, "")
	fs.StringVar(&o.export, "export", "", "")
	fs.StringVar(&o.outputFile, "output", "", "")
	fs.StringVar(&o.dataFormat, "data-format", "auto", "")
	fs.VisitAll(func(f *flag.Flag) {
		if !repeatable[f.Name] {
			f.Value = &once{Value: f.Value, given: &o.givenTwice, name: f.Name}
		}
	})
	return fs
}

// repeatable are the flags that may be given more than once, each time
// adding a value; every other flag given twice is an error, not a silent
// choice of the last.
var repeatable = map[string]bool{"actor": true}

// once is a flag's value that refuses a second setting, noting which
// flag it was so the error can name it.
type once struct {
	flag.Value
	given *string // set to the flag's name at its second setting
	name  string
	set   bool
}

var errGivenTwice = errors.New("given twice")

func (v *once) Set(s string) error {
	if v.set {
		*v.given = v.name
		return errGivenTwice
	}
	v.set = true
	return v.Value.Set(s)
}

// IsBoolFlag keeps a boolean flag one that takes no value.
func (v *once) IsBoolFlag() bool {
	b, ok := v.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parseFlags reads args (without the program name). It returns
// flag.ErrHelp for -h/--help and a usageError for anything wrong.
func parseFlags(args []string) (options, error) {
	var o options
	fs := newFlagSet(&o)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		if o.givenTwice != "" {
			return o, usagef("--%s is given twice (only --actor may be repeated)", o.givenTwice)
		}
		return o, usageError{describeFlagError(fs, err, args)}
	}
	if fs.NArg() > 0 {
		return o, usagef("unexpected argument %q (parley takes flags, or a command first: new, date)", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return o, o.check(set)
}

// wants says what each flag that takes a value wants, for messages.
var wants = map[string]string{
	"actor":        "an actor id or name",
	"search":       "the text to look for",
	"event":        "an event id",
	"data":         "a dataset file",
	"validate":     "a dataset file",
	"fix-excerpts": "a dataset file",
	"notes":        "a notes file",
	"title":        "the source's title",
	"published":    "a day, YYYY-MM-DD",
	"from":         "a day, YYYY-MM-DD",
	"max-mib":      "a number of MiB",
	"theme":        "auto, dark or light",
	"export":       "a format: " + strings.Join(export.Formats, ", "),
	"output":       "a file to write the export to",
	"data-format":  strings.Join(dataFormats, ", "),
}

// needsValue is the one message for a flag given without its value.
func needsValue(name string) string {
	return fmt.Sprintf("--%s needs a value (%s)", name, wants[name])
}

// describeFlagError rewords the flag package's errors, which name a flag
// with one dash ("flag needs an argument: -data"), the way the help and
// the README name it: "--data needs a value (a dataset file)". An unknown
// flag is named as the user spelled it ("--colour").
func describeFlagError(fs *flag.FlagSet, err error, args []string) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return unknownFlag(name, args)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return needsValue(name)
	}
	for _, prefix := range []string{"invalid value ", "invalid boolean value "} {
		if rest, ok := strings.CutPrefix(msg, prefix); ok {
			if name, value, ok := badValue(rest); ok {
				return describeBadValue(fs, name, value)
			}
		}
	}
	return msg
}

func unknownFlag(name string, args []string) string {
	for _, a := range args {
		if spelled, _, _ := strings.Cut(a, "="); strings.TrimLeft(spelled, "-") == name {
			return fmt.Sprintf("unknown flag %s", spelled)
		}
	}
	return "unknown flag -" + name
}

// badValue takes apart the rest of the flag package's
// `invalid value "V" for flag -NAME: reason` (or `for -NAME`, for a
// boolean). The value is quoted, so whatever it holds cannot be mistaken
// for the text around it.
func badValue(rest string) (name, value string, ok bool) {
	quoted, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return "", "", false
	}
	value, _ = strconv.Unquote(quoted)
	rest = strings.TrimPrefix(rest[len(quoted):], " for")
	rest = strings.TrimPrefix(rest, " flag")
	rest, ok = strings.CutPrefix(rest, " -")
	name, _, _ = strings.Cut(rest, ": ")
	return name, value, ok && name != ""
}

func describeBadValue(fs *flag.FlagSet, name, value string) string {
	if isBool(fs, name) {
		return fmt.Sprintf("--%s takes no value (or true or false), not %q", name, value)
	}
	if strings.TrimSpace(value) == "" {
		return needsValue(name)
	}
	if name == "max-mib" {
		return fmt.Sprintf("--max-mib %q is not a whole number from 1 to %d", value, maxMiB)
	}
	return fmt.Sprintf("--%s %q is not a valid value", name, value)
}

func isBool(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// check rejects values and combinations that cannot mean anything.
func (o options) check(set map[string]bool) error {
	if o.plain && o.json {
		return usagef("--plain and --json cannot be used together")
	}
	if !contains(themes, o.theme) {
		return usagef("--theme %q is not one of %s", o.theme, strings.Join(themes, ", "))
	}
	if o.maxMiB < 1 || o.maxMiB > maxMiB {
		return usagef("--max-mib %d is out of range (1 to %d)", o.maxMiB, maxMiB)
	}
	if err := o.checkExport(set); err != nil {
		return err
	}
	for _, f := range []struct{ name, value string }{{"data", o.dataFile}, {"validate", o.validateFile}, {"fix-excerpts", o.fixFile}, {"event", o.eventID}, {"output", o.outputFile}, {"notes", o.notesFile}} {
		if set[f.name] && strings.TrimSpace(f.value) == "" {
			return usageError{needsValue(f.name)}
		}
	}
	if set["pattern"] {
		var others []string
		for _, name := range []string{"json", "event", "actor", "all", "search", "export", "output"} {
			if set[name] {
				others = append(others, "--"+name)
			}
		}
		if len(others) > 0 {
			return usagef("--pattern prints the two phases side by side and cannot be combined with %s", strings.Join(others, ", "))
		}
	}
	for _, alone := range []string{"validate", "fix-excerpts", "schema"} {
		if !set[alone] {
			continue
		}
		var others []string
		for name := range set {
			if name != alone && name != "max-mib" && !(alone == "validate" && name == "data-format") {
				others = append(others, "--"+name)
			}
		}
		if len(others) > 0 {
			sort.Strings(others)
			return usagef("--%s cannot be combined with %s", alone, strings.Join(others, ", "))
		}
	}
	return nil
}

// checkExport rejects export and import flags that cannot mean anything.
func (o options) checkExport(set map[string]bool) error {
	switch {
	case set["export"] && !export.Known(o.export):
		return usagef("--export %q is not a format; formats: %s", o.export, strings.Join(export.Formats, ", "))
	case set["export"] && (o.plain || o.json):
		return usagef("--export cannot be combined with --plain or --json")
	case set["output"] && !set["export"]:
		return usagef("--output needs --export FORMAT (what to write)")
	case !contains(dataFormats, o.dataFormat):
		return usagef("--data-format %q is not one of %s", o.dataFormat, strings.Join(dataFormats, ", "))
	case set["data-format"] && !set["data"] && !set["validate"]:
		return usagef("--data-format says how to read --data or --validate FILE; give one of them")
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
