package cli

import "os"

// readFrom says which of the files the dataset was read from (the dataset
// file first, then its source texts) path is the same file as, "" for
// none: an export written there would destroy its own input. Hard and
// symbolic links are seen through.
func readFrom(path string, files []string) string {
	out, err := os.Stat(path)
	if err != nil {
		return "" // not there yet: nothing to destroy
	}
	for i, f := range files {
		in, err := os.Stat(f)
		if err != nil || !os.SameFile(out, in) {
			continue
		}
		if i == 0 {
			return "the dataset file given to --data (" + f + ")"
		}
		return "a source text file of the dataset (" + f + ")"
	}
	return ""
}
