//go:build linux

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sys/unix"
)

// A pseudo-terminal the test owns: parley runs on its slave side, the test
// reads everything parley writes from the master side, types into it, and
// reads the terminal modes back from the slave after parley has gone.

type pty struct {
	t      *testing.T
	master *os.File
	slave  *os.File
	answer bool // answer terminal queries (OSC 11 background, cursor position) as a terminal would

	mu      sync.Mutex
	out     bytes.Buffer
	queries int // cursor position queries answered
	done    chan struct{}
}

// openPty opens a new pseudo-terminal pair of w×h (Linux /dev/ptmx).
func openPty(t *testing.T, w, h int, answer bool) *pty {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	var n int
	ctl := func(f func(fd int) error) {
		rc, err := master.SyscallConn()
		if err != nil {
			t.Fatal(err)
		}
		var ferr error
		if err := rc.Control(func(fd uintptr) { ferr = f(int(fd)) }); err != nil {
			t.Fatal(err)
		}
		if ferr != nil {
			t.Fatal(ferr)
		}
	}
	ctl(func(fd int) error { return unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0) }) // unlockpt
	ctl(func(fd int) error { n, err = unix.IoctlGetInt(fd, unix.TIOCGPTN); return err })
	slave, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		t.Fatal(err)
	}
	p := &pty{t: t, master: master, slave: slave, answer: answer, done: make(chan struct{})}
	p.resize(w, h)
	go p.read()
	t.Cleanup(func() {
		master.Close()
		slave.Close()
		<-p.done
	})
	return p
}

func (p *pty) resize(w, h int) {
	p.t.Helper()
	if err := unix.IoctlSetWinsize(int(p.slave.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: uint16(w), Row: uint16(h)}); err != nil {
		p.t.Fatal(err)
	}
}

// read collects the output and, when answering, replies to each cursor
// position query (preceded by the background colour when that was asked).
func (p *pty) read() {
	defer close(p.done)
	buf := make([]byte, 32<<10)
	for {
		n, err := p.master.Read(buf)
		if n > 0 {
			p.mu.Lock()
			p.out.Write(buf[:n])
			var reply string
			if p.answer {
				for all := p.out.String(); strings.Count(all, "\x1b[6n") > p.queries; p.queries++ {
					if strings.Contains(all, "\x1b]11;?") {
						reply += "\x1b]11;rgb:0000/0000/0000\x1b\\"
					}
					reply += "\x1b[1;1R"
				}
			}
			p.mu.Unlock()
			if reply != "" {
				_, _ = p.master.Write([]byte(reply))
			}
		}
		if err != nil {
			return
		}
	}
}

func (p *pty) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func (p *pty) write(s string) {
	p.t.Helper()
	if _, err := p.master.Write([]byte(s)); err != nil {
		p.t.Fatal(err)
	}
}

// waitOutput polls until the output, escape sequences stripped, holds
// every want (in what came after byte from), failing after timeout. It
// returns the time it took.
func (p *pty) waitOutput(step string, from int, timeout time.Duration, wants ...string) time.Duration {
	p.t.Helper()
	start := time.Now()
	for {
		out := p.output()
		seen := ansi.Strip(out[min(from, len(out)):])
		ok := true
		for _, w := range wants {
			if !strings.Contains(seen, w) {
				ok = false
			}
		}
		if ok {
			return time.Since(start)
		}
		if time.Since(start) > timeout {
			p.t.Fatalf("%s: no %q within %v; output so far:\n%q", step, wants, timeout, tail(seen, 1500))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// settle waits until no output has come for a moment, so the stream is
// complete after the program ended.
func (p *pty) settle() string {
	last, since := -1, time.Now()
	for {
		n := len(p.output())
		if n != last {
			last, since = n, time.Now()
		}
		if time.Since(since) > 150*time.Millisecond {
			return p.output()
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// modes reads the slave's echo and canonical-mode flags.
func (p *pty) modes() (echo, icanon bool) {
	p.t.Helper()
	tio, err := unix.IoctlGetTermios(int(p.slave.Fd()), unix.TCGETS)
	if err != nil {
		p.t.Fatal(err)
	}
	return tio.Lflag&unix.ECHO != 0, tio.Lflag&unix.ICANON != 0
}

func tail(s string, n int) string { return s[max(len(s)-n, 0):] }

// ptyRun describes one run of parley on a pty.
type ptyRun struct {
	env   []string // added to a minimal environment
	args  []string
	stdin *os.File // nil: the pty
	ctty  bool     // make the pty the controlling terminal
}

// start runs parley in a new session on the pty.
func (p *pty) start(r ptyRun) *exec.Cmd {
	p.t.Helper()
	cmd := exec.Command(parleyBinary(p.t), r.args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + p.t.TempDir(), "LANG=C.UTF-8", "TERM=xterm-256color"}, r.env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = p.slave, p.slave, p.slave
	if r.stdin != nil {
		cmd.Stdin = r.stdin
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: r.ctty, Ctty: 1}
	if err := cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_, _ = cmd.Process.Wait()
		}
	})
	return cmd
}

// waitExit waits for the process, failing after timeout; it returns the
// exit code (-1 when killed by a signal).
func waitExit(t *testing.T, cmd *exec.Cmd, timeout time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode()
	case <-time.After(timeout):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("parley did not exit within %v", timeout)
		return 0
	}
}

const firstFrame = "All actors · 16 of 16 events"

// checkRestored: echo and canonical mode back on, and in the stream the
// cursor shown and the alternate screen left after they were last hidden
// and entered.
func checkRestored(t *testing.T, p *pty, out string) {
	t.Helper()
	if echo, icanon := p.modes(); !echo || !icanon {
		t.Errorf("terminal left with echo=%v icanon=%v", echo, icanon)
	}
	hide, show := strings.LastIndex(out, "\x1b[?25l"), strings.LastIndex(out, "\x1b[?25h")
	if hide < 0 || show < hide {
		t.Errorf("cursor left hidden: last hide at %d, last show at %d; stream ends %q", hide, show, tail(out, 200))
	}
	enter, leave := strings.LastIndex(out, "\x1b[?1049h"), strings.LastIndex(out, "\x1b[?1049l")
	if enter < 0 || leave < enter {
		t.Errorf("alternate screen not left: last enter at %d, last leave at %d; stream ends %q", enter, leave, tail(out, 200))
	}
}

// TestTerminalRestored: after q, ctrl+c, SIGTERM, SIGHUP and SIGINT the
// terminal is as parley found it. Keys exit 0; a signal exits 128+signal.
func TestTerminalRestored(t *testing.T) {
	cases := []struct {
		name string
		stop func(p *pty, cmd *exec.Cmd)
		code int
	}{
		{"q", func(p *pty, _ *exec.Cmd) { p.write("q") }, 0},
		{"ctrl+c", func(p *pty, _ *exec.Cmd) { p.write("\x03") }, 0},
		{"q while searching is text, ctrl+c quits", func(p *pty, _ *exec.Cmd) {
			p.write("/")
			p.waitOutput("search", 0, stepTimeout, "keep search")
			p.write("q")
			p.write("\x03")
		}, 0},
		{"SIGTERM", func(_ *pty, cmd *exec.Cmd) { _ = cmd.Process.Signal(syscall.SIGTERM) }, 128 + int(syscall.SIGTERM)},
		{"SIGHUP", func(_ *pty, cmd *exec.Cmd) { _ = cmd.Process.Signal(syscall.SIGHUP) }, 128 + int(syscall.SIGHUP)},
		{"SIGINT", func(_ *pty, cmd *exec.Cmd) { _ = cmd.Process.Signal(syscall.SIGINT) }, 128 + int(syscall.SIGINT)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := openPty(t, 100, 30, true)
			if echo, icanon := p.modes(); !echo || !icanon {
				t.Fatalf("a new pty should start with echo and icanon: %v %v", echo, icanon)
			}
			cmd := p.start(ptyRun{ctty: true})
			p.waitOutput("first frame", 0, stepTimeout, firstFrame)
			p.write("j")
			p.waitOutput("j", 0, stepTimeout, "2/16")
			c.stop(p, cmd)
			if code := waitExit(t, cmd, stepTimeout); code != c.code {
				t.Errorf("exit code %d, want %d", code, c.code)
			}
			checkRestored(t, p, p.settle())
		})
	}
}

// TestUnansweredQueries: on a terminal that answers no query, Bubble Tea
// v1.3.10 waits up to 5 s for the background colour before parley's main
// runs. parley must still start (first frame within 8 s) and quit with 0.
func TestUnansweredQueries(t *testing.T) {
	p := openPty(t, 100, 30, false)
	start := time.Now()
	cmd := p.start(ptyRun{ctty: true})
	p.waitOutput("first frame", 0, 8*time.Second, firstFrame)
	t.Logf("first frame after %v on a terminal that answers nothing", time.Since(start).Round(time.Millisecond))
	p.write("q")
	if code := waitExit(t, cmd, stepTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	checkRestored(t, p, p.settle())
}

// sgrColour finds an SGR sequence that sets a colour (foreground or
// background, 16, 256 or true colour).
func sgrColour(out string) string {
	for _, params := range sgrs(out) {
		for _, p := range strings.Split(params, ";") {
			if len(p) == 2 && (p[0] == '3' || p[0] == '4' || p[0] == '9') && p[1] != '9' || p == "38" || p == "48" ||
				len(p) == 3 && p[0] == '1' && p[1] == '0' {
				return "\x1b[" + params + "m"
			}
		}
	}
	return ""
}

// sgrReverse reports whether any SGR sequence in out turns on reverse video.
func sgrReverse(out string) bool {
	for _, params := range sgrs(out) {
		for _, p := range strings.Split(params, ";") {
			if p == "7" {
				return true
			}
		}
	}
	return false
}

// sgrs is the parameter string of every SGR sequence (ESC [ digits ; m) in out.
func sgrs(out string) []string {
	var all []string
	for i := 0; ; {
		j := strings.Index(out[i:], "\x1b[")
		if j < 0 {
			return all
		}
		i += j + 2
		k := i
		for k < len(out) && (out[k] >= '0' && out[k] <= '9' || out[k] == ';') {
			k++
		}
		if k < len(out) && out[k] == 'm' {
			all = append(all, out[i:k])
		}
	}
}

// TestOddTerminals: TERM=dumb and NO_COLOR still give a working explorer,
// without colour; the colour check is shown to see colour when allowed.
// NO_COLOR keeps reverse video (it asks for no colour, not no emphasis);
// TERM=dumb gets none.
func TestOddTerminals(t *testing.T) {
	cases := []struct {
		name            string
		env             []string
		colour, reverse bool
	}{
		{"colour allowed", nil, true, false},
		{"NO_COLOR", []string{"NO_COLOR=1"}, false, true},
		{"TERM=dumb", []string{"TERM=dumb"}, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := openPty(t, 100, 30, true)
			cmd := p.start(ptyRun{ctty: true, env: c.env})
			p.waitOutput("first frame", 0, 8*time.Second, firstFrame, "▶ Fri 27 Apr ")
			p.write("j")
			p.waitOutput("j", 0, stepTimeout, "2/16")
			p.write("q")
			if code := waitExit(t, cmd, stepTimeout); code != 0 {
				t.Errorf("exit code %d, want 0", code)
			}
			out := p.settle()
			checkRestored(t, p, out)
			if got := sgrColour(out); (got != "") != c.colour {
				t.Errorf("colour sequence %q; want colour: %v", got, c.colour)
			}
			if got := sgrReverse(out); got != c.reverse {
				t.Errorf("reverse video: %v, want %v", got, c.reverse)
			}
		})
	}
}

// TestStdinNotTerminal: parley < /dev/null on a terminal. Bubble Tea reads
// keys from the controlling terminal (/dev/tty) instead: the explorer works.
func TestStdinNotTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	p := openPty(t, 100, 30, true)
	cmd := p.start(ptyRun{ctty: true, stdin: null})
	p.waitOutput("first frame", 0, 8*time.Second, firstFrame)
	p.write("j")
	p.waitOutput("j", 0, stepTimeout, "2/16")
	p.write("q")
	if code := waitExit(t, cmd, stepTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	checkRestored(t, p, p.settle())
}

// TestNoControllingTerminal: in a session without a controlling terminal
// (setsid, stdin not a terminal) no key can be read, so parley prints the
// timeline and exits 0, whether stdout is a pipe or a terminal.
func TestNoControllingTerminal(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	t.Run("stdout a pipe", func(t *testing.T) {
		cmd := exec.Command(parleyBinary(t))
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8", "TERM=xterm-256color"}
		cmd.Stdin = null
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if code := waitExit(t, cmd, stepTimeout); code != 0 || !strings.Contains(out.String(), "First Kim–Moon summit at Panmunjom") {
			t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, errOut.String(), out.String())
		}
	})
	t.Run("stdout a terminal", func(t *testing.T) {
		p := openPty(t, 100, 30, false)
		cmd := p.start(ptyRun{ctty: false, stdin: null})
		if code := waitExit(t, cmd, stepTimeout); code != 0 {
			t.Errorf("exit code %d, want 0", code)
		}
		out := p.settle()
		if !strings.Contains(out, "First Kim–Moon summit at Panmunjom") || strings.Contains(out, "\x1b[?1049h") {
			t.Errorf("want the plain timeline, no explorer; got:\n%q", tail(out, 2000))
		}
	})
}

// TestTerminalGoneExits: when the terminal itself goes away (the window is
// closed: the kernel hangs up the session), parley must not linger.
func TestTerminalGoneExits(t *testing.T) {
	p := openPty(t, 100, 30, true)
	cmd := p.start(ptyRun{ctty: true})
	p.waitOutput("first frame", 0, stepTimeout, firstFrame)
	p.master.Close()
	p.slave.Close()
	code := waitExit(t, cmd, stepTimeout)
	t.Logf("exit code %d after the terminal went away", code)
}
