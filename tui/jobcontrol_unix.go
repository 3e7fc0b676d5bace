//go:build unix

package tui

import (
	"os"

	"golang.org/x/sys/unix"
)

// jobControl reports whether ctrl+z can stop parley. The kernel ignores a
// stop signal sent to an orphaned process group, one with no member whose
// parent is in another group of the same session: parley as tmux's or a
// terminal emulator's own command, with no shell to go back to. Bubble
// Tea would then wait for a resume that never comes, the screen blank.
// Only the parent is asked: a parent in parley's own group (go run, sh
// -c) says nothing, and parley tries, as it always did.
func jobControl() bool {
	parent := os.Getppid()
	group, err1 := unix.Getpgid(parent)
	session, err2 := unix.Getsid(parent)
	own, err3 := unix.Getsid(0)
	if err1 != nil || err2 != nil || err3 != nil || group == unix.Getpgrp() {
		return true
	}
	return session == own
}
