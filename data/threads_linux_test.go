package data

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The tests' main goroutine keeps the main thread, which a worker never
// lowers (lowerThread): the workers here always find one they can.
func init() { runtime.LockOSThread() }

// A big load's parser and checker run on threads of their own, lowered by
// loadNice, with a spare P while they run; after the load GOMAXPROCS is
// what it was and no thread of the process is left lowered.
func TestBigLoadRunsOnLoweredThreadsWithASpareP(t *testing.T) {
	procs, nice := runtime.GOMAXPROCS(0), threadNice(t, syscall.Gettid())
	if nice+loadNice > 19 {
		t.Skipf("the test runs at nice %d: no room to lower a thread by %d", nice, loadNice)
	}
	var mu sync.Mutex // the parser and the checker sleep on their own goroutines
	type seen struct {
		nice, procs int
		err         error
	}
	var during []seen
	sleep = func(time.Duration) { // on the worker's thread: it is asked to step aside
		nice, err := niceOf(syscall.Gettid())
		mu.Lock()
		defer mu.Unlock()
		during = append(during, seen{nice, runtime.GOMAXPROCS(0), err})
	}
	ownThreadsFrom = 0
	t.Cleanup(func() { sleep, ownThreadsFrom = time.Sleep, 32<<20; stepAsideUntil.Store(0) })

	dir := t.TempDir()
	path := filepath.Join(dir, "many.json")
	must(t, os.WriteFile(path, []byte(manyEvents(320)), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "s.txt"), []byte("Some Words."), 0o644))
	StepAside(time.Hour)
	if _, err := LoadFile(path, DefaultMaxBytes); err != nil {
		t.Fatal(err)
	}
	if want := 2 * 320 / yieldEvents; len(during) != want {
		t.Fatalf("the load stepped aside %d times, want %d", len(during), want)
	}
	for _, s := range during {
		if s.err != nil {
			t.Fatal(s.err)
		}
		if s.nice != nice+loadNice || s.procs != procs+1 {
			t.Fatalf("a load's worker ran at nice %d with GOMAXPROCS %d, want nice %d and %d", s.nice, s.procs, nice+loadNice, procs+1)
		}
	}
	if got := runtime.GOMAXPROCS(0); got != procs {
		t.Errorf("after the load GOMAXPROCS is %d, want %d as before", got, procs)
	}
	// A worker's goroutine ends with the load, its thread just after.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		tid, lowered := loweredThread(t, nice)
		if !lowered {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the load thread %d (of process %d) still runs at nice %d", tid, os.Getpid(), nice+loadNice)
		}
	}
}

// loweredThread finds a thread of this process that does not run at nice.
func loweredThread(t *testing.T, nice int) (tid int, found bool) {
	t.Helper()
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		t.Fatal(err)
	}
	for _, task := range tasks {
		tid, _ := strconv.Atoi(task.Name())
		if threadNice(t, tid) != nice {
			return tid, true
		}
	}
	return 0, false
}

// threadNice is the nice value of thread tid of this process.
func threadNice(t *testing.T, tid int) int {
	t.Helper()
	nice, err := niceOf(tid)
	if err != nil {
		t.Fatal(err)
	}
	return nice
}

func niceOf(tid int) (int, error) {
	stat, err := os.ReadFile("/proc/self/task/" + strconv.Itoa(tid) + "/stat")
	if err != nil {
		return 0, err
	}
	// After the command's name in parentheses: state is field 3, nice 19.
	fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	if len(fields) < 19-2 {
		return 0, fmt.Errorf("thread %d's stat has %d fields after its name", tid, len(fields))
	}
	return strconv.Atoi(fields[19-3])
}
