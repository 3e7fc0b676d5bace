package notes

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// moveAside renames a file that does not parse to FILE.corrupt-TIME (UTC,
// to the second; a counter is added should that name be taken), so that
// nothing ever writes over it, and returns the new name.
func moveAside(file string) (string, error) {
	stamp := time.Now().UTC().Format("20060102T150405Z")
	for n := 0; n < 100; n++ {
		aside := fmt.Sprintf("%s.corrupt-%s", file, stamp)
		if n > 0 {
			aside = fmt.Sprintf("%s-%d", aside, n)
		}
		if _, err := os.Lstat(aside); err == nil {
			continue
		}
		// A hard link, then removing the original, never replaces an
		// existing file, even one made between the check and the move.
		err := os.Link(file, aside)
		switch {
		case os.IsExist(err):
			continue
		case err != nil:
			// No hard links here (some network and FAT file systems): a
			// rename, with the name checked free just above.
			if err := os.Rename(file, aside); err != nil {
				return "", err
			}
		default:
			if err := os.Remove(file); err != nil {
				os.Remove(aside)
				return "", err
			}
		}
		return aside, syncDir(filepath.Dir(file))
	}
	return "", fmt.Errorf("too many files named %s.corrupt-%s*", file, stamp)
}
