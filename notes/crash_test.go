package notes

import (
	"bufio"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startWriter starts this test binary as a writer process (see runWriter)
// saving count changes with ids prefix0, prefix1, … to file; count < 0
// writes until killed. Its "saved ID" lines come on the returned scanner.
func startWriter(t *testing.T, file, prefix string, count int) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), writerEnv+"="+file, "WRITER_PREFIX="+prefix, "WRITER_COUNT="+strconv.Itoa(count))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() && stderr.Len() > 0 {
			t.Logf("writer %s said: %s", prefix, stderr.String())
		}
	})
	return cmd, bufio.NewScanner(out)
}

// TestKillingAWriterAtAnyMomentLosesNoCompletedSave kills a writer with
// SIGKILL hundreds of times, each time at a random point (after a random
// number of completed saves, plus up to 3 ms, which lands inside a save
// more often than not). After every kill the file must parse and hold
// every note and mark whose save had returned, in this run and all before.
func TestKillingAWriterAtAnyMomentLosesNoCompletedSave(t *testing.T) {
	file := tempState(t)
	runs := 300
	if testing.Short() {
		runs = 30
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	var saved []string
	killedMidSave := 0
	for run := range runs {
		prefix := "r" + strconv.Itoa(run) + "-"
		cmd, lines := startWriter(t, file, prefix, -1)
		wait := rng.IntN(6)
		for i := 0; i < wait && lines.Scan(); i++ {
			saved = append(saved, strings.TrimPrefix(lines.Text(), "saved "))
		}
		time.Sleep(time.Duration(rng.IntN(3000)) * time.Microsecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for lines.Scan() { // lines printed before the kill: those saves returned
			saved = append(saved, strings.TrimPrefix(lines.Text(), "saved "))
		}
		err := cmd.Wait()
		if status, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !status.Signaled() {
			t.Fatalf("run %d: the writer ended before it was killed: %v", run, err)
		}
		b, err := Read(file)
		if err != nil && !(len(saved) == 0 && errors.Is(err, fs.ErrNotExist)) {
			t.Fatalf("run %d: after SIGKILL the notes file does not read: %v", run, err)
		}
		for _, id := range saved {
			if !has(b, id) {
				t.Fatalf("run %d: %s was saved before the kill and is not in the file", run, id)
			}
		}
		if temps := tempFiles(t, file); len(temps) > 0 {
			killedMidSave++
		}
	}
	t.Logf("%d kills, %d of them mid-write (a temporary file left), %d saves completed and all kept", runs, killedMidSave, len(saved))
	if killedMidSave == 0 {
		t.Error("no kill landed inside a write: the test did not test what it says")
	}
}
