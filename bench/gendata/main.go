// Command gendata writes a generated parley/1 dataset to a directory: the
// JSON file and its sources/ texts. The same flags always write the same
// bytes.
//
//	go run ./bench/gendata -events 100000 -out /tmp/parley-100k
//	go run ./bench/gendata -events 100000 -rich -out /tmp/parley-rich-100k
package main

import (
	"flag"
	"fmt"
	"os"

	"parley/bench/gen"
)

func main() {
	p := gen.Sized(10_000)
	flag.IntVar(&p.Events, "events", p.Events, "number of events")
	flag.IntVar(&p.Actors, "actors", p.Actors, "number of actors")
	flag.IntVar(&p.SourceBytes, "source-bytes", p.SourceBytes, "total bytes of source text")
	flag.IntVar(&p.Sources, "sources", 0, "number of source documents (0: one per 8 KiB of text)")
	flag.Uint64Var(&p.Seed, "seed", p.Seed, "random seed")
	flag.BoolVar(&p.Rich, "rich", false, "events as full as the embedded dataset's (about 1.3 KB of JSON each)")
	out := flag.String("out", "", "directory to write into (created if missing)")
	name := flag.String("name", "dataset.json", "file name of the JSON document")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gendata -out DIR [-events N] [-actors N] [-source-bytes N] [-sources N] [-seed N] [-rich]")
		os.Exit(2)
	}
	path, err := gen.Generate(p).Write(*out, *name)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gendata:", err)
		os.Exit(1)
	}
	fmt.Println(path)
}
