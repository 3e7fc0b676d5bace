// Command parley explores the 2018 North Korea / United States / South Korea
// summit diplomacy as one news article tells it.
package main

import (
	"fmt"
	"os"

	"parley/data"
)

func main() {
	ds, err := data.Embedded()
	if err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(1)
	}
	for _, e := range ds.Safe.Events {
		fmt.Printf("%-16s %-9s %s\n", e.Date.Display(), e.Status, e.Title)
	}
}
