package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"parley/data"
)

// options is the command line once parsed and checked for consistency.
// Whether an actor or event exists is checked later, against the dataset.
type options struct {
	plain, json  bool
	actors       []string // as typed: ids or names
	all          bool
	search       string
	eventID      string
	dataFile     string
	validateFile string
	maxMiB       int64
	theme        string
	mouse        bool
	version      bool
}

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
	fs.StringVar(&o.search, "search", "", "")
	fs.StringVar(&o.eventID, "event", "", "")
	fs.StringVar(&o.dataFile, "data", "", "")
	fs.StringVar(&o.validateFile, "validate", "", "")
	fs.Int64Var(&o.maxMiB, "max-mib", data.DefaultMaxBytes>>20, "")
	fs.StringVar(&o.theme, "theme", "auto", "")
	fs.BoolVar(&o.mouse, "mouse", false, "")
	fs.BoolVar(&o.version, "version", false, "")
	return fs
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
		return o, usageError{describeFlagError(err, args)}
	}
	if fs.NArg() > 0 {
		return o, usagef("unexpected argument %q (parley takes only flags)", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return o, o.check(set)
}

// describeFlagError rewords the flag package's "flag provided but not
// defined: -x" using the flag as the user spelled it ("--colour").
func describeFlagError(err error, args []string) string {
	const notDefined = "flag provided but not defined: -"
	msg := err.Error()
	name, ok := strings.CutPrefix(msg, notDefined)
	if !ok {
		return msg
	}
	for _, a := range args {
		if spelled, _, _ := strings.Cut(a, "="); strings.TrimLeft(spelled, "-") == name {
			return fmt.Sprintf("unknown flag %s", spelled)
		}
	}
	return "unknown flag -" + name
}

// check rejects values and combinations that cannot mean anything.
func (o options) check(set map[string]bool) error {
	if o.plain && o.json {
		return usagef("--plain and --json cannot be used together")
	}
	if !contains(themes, o.theme) {
		return usagef("--theme %q is not one of %s", o.theme, strings.Join(themes, ", "))
	}
	if o.maxMiB < 1 || o.maxMiB > 1<<20 {
		return usagef("--max-mib %d is out of range (1 to %d)", o.maxMiB, 1<<20)
	}
	for _, f := range []struct{ name, value string }{{"data", o.dataFile}, {"validate", o.validateFile}, {"event", o.eventID}} {
		if set[f.name] && strings.TrimSpace(f.value) == "" {
			return usagef("--%s needs a value", f.name)
		}
	}
	if set["validate"] {
		var others []string
		for name := range set {
			if name != "validate" && name != "max-mib" {
				others = append(others, "--"+name)
			}
		}
		if len(others) > 0 {
			sort.Strings(others)
			return usagef("--validate cannot be combined with %s", strings.Join(others, ", "))
		}
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
