package tui

import (
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"syscall"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// Defect 12: ctrl+z suspends (Bubble Tea's tea.Suspend, from every state,
// the search prompt included), and on resume the mouse, when it was on,
// is asked for again; Bubble Tea redraws the screen itself. The real
// suspend and fg are in the tmux test.
func TestCtrlZSuspends(t *testing.T) {
	for _, keys := range [][]string{nil, {"/"}, {"a"}, {"?"}, {"enter", "enter"}} {
		m := press(t, sized(t, 100, 30, Options{EventID: "kim-letter"}), keys...)
		_, cmd := m.Update(keyMsg("ctrl+z"))
		if cmd == nil || reflect.ValueOf(cmd).Pointer() != reflect.ValueOf(tea.Suspend).Pointer() {
			t.Errorf("after %v, ctrl+z did not suspend", keys)
		}
	}
	m := sized(t, 100, 30, Options{Mouse: true})
	if _, cmd := m.Update(tea.ResumeMsg{}); cmd == nil {
		t.Error("on resume the mouse was not asked for again")
	}
	mustContain(t, m.View(), "━━ Timeline")
}

// With no shell to return to (parley as tmux's own command), ctrl+z
// would stop nothing and Bubble Tea would wait on a blank screen for a
// resume that never comes: it never suspends then, and the status line
// says why where it shows.
func TestCtrlZWithoutAShellSaysSo(t *testing.T) {
	for _, keys := range [][]string{nil, {"/"}, {"a"}, {"?"}, {"enter", "enter"}} {
		m := press(t, sized(t, 100, 30, Options{noJobs: true}), keys...)
		m, cmd := update(m, keyMsg("ctrl+z"))
		if cmd != nil && reflect.ValueOf(cmd).Pointer() == reflect.ValueOf(tea.Suspend).Pointer() {
			t.Errorf("after %v, ctrl+z suspended with no shell to return to", keys)
		}
		if keys == nil {
			mustContain(t, m.View(), "ctrl+z: no shell to return to; q quits")
		}
	}
}

// jobControl tells a process started by a shell's job control (a group
// of its own in the shell's session) from one in a session of its own, as
// tmux's command is, run directly or through sh -c (whose group it
// shares); the test runs itself each way.
func TestJobControlTellsWhetherAShellStartedParley(t *testing.T) {
	if os.Getenv("PARLEY_JOB_CONTROL_CHILD") != "" {
		fmt.Println(jobControl())
		return
	}
	self := []string{os.Args[0], "-test.run", "^TestJobControlTellsWhetherAShellStartedParley$"}
	for _, c := range []struct {
		name string
		argv []string
		attr syscall.SysProcAttr
		want string
	}{
		{"a group in the session", self, syscall.SysProcAttr{Setpgid: true}, "true"},
		{"a session of its own", self, syscall.SysProcAttr{Setsid: true}, "false"},
		{"under sh -c in a session of its own", []string{"sh", "-c", strings.Join(self, " ") + "; true"}, syscall.SysProcAttr{Setsid: true}, "false"},
	} {
		cmd := exec.Command(c.argv[0], c.argv[1:]...)
		cmd.Env = append(os.Environ(), "PARLEY_JOB_CONTROL_CHILD=1")
		cmd.SysProcAttr = &c.attr
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Fields(string(out)); len(got) == 0 || got[0] != c.want {
			t.Errorf("%s: jobControl() printed %q, want %s", c.name, out, c.want)
		}
	}
}
