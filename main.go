// Command parley explores the 2018 North Korea / United States / South Korea
// summit diplomacy as one news article tells it.
package main

import (
	"fmt"
	"os"

	"parley/data"
	"parley/tui"
)

func main() {
	ds, err := data.Embedded()
	if err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(1)
	}
	if err := tui.Run(ds.Safe, tui.Options{Theme: "auto"}); err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(1)
	}
}
