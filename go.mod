module parley

go 1.26.8

require github.com/charmbracelet/x/term v0.2.2

require golang.org/x/sys v0.38.0 // indirect
