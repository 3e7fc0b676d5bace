package notes

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// lockWait is how long a save waits for another parley's save to finish.
// A save takes milliseconds; a lock held longer belongs to a process that
// is stuck, and the save is tried again later rather than freezing parley.
const lockWait = 3 * time.Second

// lock takes the exclusive lock on file.lock, created if needed, and
// returns its release. The kernel drops the lock when its holder dies, so
// a killed parley never leaves the file locked.
func lock(file string) (unlock func(), err error) {
	f, err := os.OpenFile(file+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockWait)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { f.Close() }, nil // closing releases the lock
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", f.Name(), err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("another parley has held %s for over %v", f.Name(), lockWait)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
