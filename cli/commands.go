package cli

import (
	"errors"
	"flag"
	"io"
	"slices"
)

// commands are the words that start a command other than exploring:
// parley new …, parley date ….
var commands = map[string]func(args []string, env Env) int{
	"new":  runNew,
	"date": runDate,
}

// commandFlags is a flag set for one command; its errors are worded by
// Run's rules, its help printed by the command.
func commandFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseCommand reads flags wherever they stand among a command's
// arguments, as in parley date "next Tuesday" --from 2024-10-09, and
// returns the other arguments in order; everything after "--" is one of
// them. The error is flag.ErrHelp or a usageError.
func parseCommand(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, rest = args[:i], args[i+1:]
	}
	twice := "" // a command's flags are each given once
	fs.VisitAll(func(f *flag.Flag) { f.Value = &once{Value: f.Value, given: &twice, name: f.Name} })
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			switch {
			case errors.Is(err, flag.ErrHelp):
				return nil, err
			case twice != "":
				return nil, usagef("--%s is given twice", twice)
			}
			return nil, usageError{describeFlagError(fs, err, args)}
		}
		if fs.NArg() == 0 {
			return append(positional, rest...), nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// commandArgs parses a command's arguments; done is true when the
// command has already answered (its help, or a usage error) with code.
func commandArgs(env Env, fs *flag.FlagSet, args []string, help string) (words []string, code int, done bool) {
	words, err := parseCommand(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, write(env, help), true
	case err != nil:
		return nil, fail(env, ExitUsage, "%v\nRun '%s --help' for usage.", err, fs.Name()), true
	}
	return words, ExitOK, false
}
