//go:build unix

package tui

import (
	"os"

	"golang.org/x/sys/unix"
)

// jobControl reports whether ctrl+z can stop parley. The kernel ignores a
// stop signal sent to an orphaned process group, one with no member whose
// parent is in another group of the same session: parley as tmux's or a
// terminal emulator's own command (sh -c included), with no shell to go
// back to. Bubble Tea would then wait for a resume that never comes, the
// screen blank. The group's members are parley and the ancestors that
// share its group (go run, sh -c): the first ancestor outside it decides.
// When that cannot be told, parley tries, as it always did.
func jobControl() bool {
	own, err := unix.Getsid(0)
	if err != nil {
		return true
	}
	group := unix.Getpgrp()
	for pid := os.Getppid(); pid > 1; {
		g, err1 := unix.Getpgid(pid)
		s, err2 := unix.Getsid(pid)
		if err1 != nil || err2 != nil {
			return true
		}
		if g != group {
			return s == own
		}
		if pid = parentOf(pid); pid < 0 {
			return true
		}
	}
	return false // every ancestor up to init shares the group
}
