package data

import "syscall"

// loadNice is how far a load's threads are lowered: 10 steps of nice
// leave a thread about a tenth of a core against one at the program's.
const loadNice = 10

// canLowerThreads: Linux keeps a priority per thread.
const canLowerThreads = true

// lowerThread lowers the calling thread's priority by loadNice and
// reports whether it did: not when that would pass nice 19, the lowest,
// and never the process's main thread, which the runtime parks for good
// when its locked goroutine ends, instead of ending it.
func lowerThread() bool {
	tid := syscall.Gettid()
	if tid == syscall.Getpid() {
		return false
	}
	raw, err := syscall.Getpriority(syscall.PRIO_PROCESS, tid)
	if err != nil {
		return false
	}
	nice := 20 - raw // the system call's value; see getpriority(2)
	if nice+loadNice > 19 {
		return false
	}
	return syscall.Setpriority(syscall.PRIO_PROCESS, tid, nice+loadNice) == nil
}
