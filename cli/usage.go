package cli

// usage is the --help text. A test checks that it names every flag.
const usage = `Usage: parley [flags]
       parley new SOURCE.txt [--title TITLE] [--published YYYY-MM-DD]
       parley date WORDS --from YYYY-MM-DD

Explore the 2018 North Korea / United States / South Korea summit diplomacy,
event by event, as one news article tells it. On a terminal parley opens the
interactive explorer; when stdout is not a terminal it prints the timeline as
plain text.

Output:
  --plain           print plain text even on a terminal
  --json            print one JSON document: every field, the raw text
  --event ID        print one event in full, with the sentences around each
                    excerpt; in the explorer, start with that event open
  --pattern         print two phases side by side, step by step, aligned by
                    their parallels links, with the article's words

Export (the events the filter keeps; see docs/export.md):
  --export FORMAT   write them as markdown, csv, timelinejs (TimelineJS3
                    JSON) or csl-json (the cited sources, for Zotero and
                    pandoc) to stdout
  --output FILE     write the export to FILE instead, atomically (a file
                    parley cannot read is not overwritten)

Filter (the printed timeline, the export, and the explorer's starting state):
  --actor ACTOR     keep events involving ACTOR: an id, a name or part of
                    one ("kim jong"), or a word of its role ("washington");
                    any case. The one flag that may be repeated: once per
                    actor. Every other flag may be given once
  --all             keep events involving every --actor (default: any of them);
                    without --actor, only starts the explorer's actor filter
                    in all-of mode
  --search TEXT     keep events whose title, summary, quotes, excerpts or
                    notes contain TEXT (any case; runs of spaces count as one;
                    a hyphen finds any dash, a straight quotation mark the
                    curly ones)
  --marked          keep only the events you marked in the explorer

Data:
  --data FILE       use the dataset in FILE (schema parley/1) instead of the
                    built-in one; its source text files must lie in its
                    directory or below
  --data-format FORMAT
                    read --data or --validate FILE as parley, timelinejs (a
                    TimelineJS3 timeline) or auto (default: told by its shape)
  --validate FILE   check FILE, print every problem to stderr, and exit;
                    warnings are printed too but do not fail the check
  --fix-excerpts FILE
                    rewrite FILE's excerpts that differ from the source only
                    in quotation marks, dashes, ellipses or white space to
                    the source's exact text, printing each change
  --max-mib N       refuse data and source files over N MiB (default 2048)
  --schema          print the dataset format as a JSON Schema, for editors

Making a dataset (each has --help):
  parley new SOURCE.txt
                    write SOURCE.json beside the text: a dataset to start
                    from that validates as it is; never overwrites
  parley date WORDS --from DAY
                    work out the date relative words stand for ("next
                    Tuesday", "the end of this month"), said on DAY

Notes (marks and notes you make in the explorer; --json and --plain show them):
  --notes FILE      keep them in FILE instead of the dataset's own notes file
                    under $XDG_STATE_HOME/parley/ (default ~/.local/state/parley/)

Explorer:
  --theme THEME     auto, dark or light (default auto)
  --mouse           use the mouse (stops the terminal's own text selection)

  --version         print the version and exit
  -h, --help        print this help and exit

Environment:
  ACCESSIBLE=1      print plain text instead of opening the explorer
  NO_COLOR=1        no colour in the explorer

Exit status: 0 ok, 1 data error, 2 usage error.

Examples:
  parley --actor trump --actor "kim jong" --all
  parley --search summit --json | jq -r '.events[].title'
  parley --event sanders-briefing
  parley --plain --pattern
  parley --validate my-events.json && parley --data my-events.json
  parley --actor moon-jae-in --export csv --output moon.csv
  parley --export timelinejs --output timeline.json
`
