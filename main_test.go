package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The test binary doubles as parley: with PARLEY_RUN_MAIN=1 it runs main,
// so these tests exercise the real process wiring (terminal detection,
// exit codes) without a separate build.
func TestMain(m *testing.M) {
	if os.Getenv("PARLEY_RUN_MAIN") == "1" {
		os.Args = append([]string{"parley"}, os.Args[1:]...)
		main()
		return
	}
	os.Exit(m.Run())
}

func parley(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PARLEY_RUN_MAIN=1")
	return cmd
}

// Output to a file and output to a pipe must be byte for byte the same:
// neither is a terminal, and nothing may depend on which it is.
func TestOutputSameToFileAndPipe(t *testing.T) {
	for _, args := range [][]string{nil, {"--event", "sanders-briefing"}, {"--json"}, {"--actor", "Moon Jae-in", "--search", "summit"}} {
		path := filepath.Join(t.TempDir(), "out")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		toFile := parley(args...)
		toFile.Stdout = f
		if err := toFile.Run(); err != nil {
			t.Fatalf("%q to a file: %v", args, err)
		}
		f.Close()
		fileOut, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}

		toPipe := parley(args...)
		pipe, err := toPipe.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := toPipe.Start(); err != nil {
			t.Fatal(err)
		}
		pipeOut, err := io.ReadAll(pipe)
		if err != nil {
			t.Fatal(err)
		}
		if err := toPipe.Wait(); err != nil {
			t.Fatalf("%q to a pipe: %v", args, err)
		}

		if len(fileOut) == 0 || !bytes.Equal(fileOut, pipeOut) {
			t.Errorf("%q: %d bytes to a file, %d to a pipe, or they differ", args, len(fileOut), len(pipeOut))
		}
		if bytes.IndexByte(fileOut, 0x1b) >= 0 {
			t.Errorf("%q: an escape byte reached a non-terminal stdout", args)
		}
	}
}

func TestProcessExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"--plain"}, 0},
		{[]string{"--nope"}, 2},
		{[]string{"--data", "no-such-file.json"}, 1},
	}
	for _, tc := range tests {
		var stdout, stderr bytes.Buffer
		cmd := parley(tc.args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tc.code {
			t.Errorf("%q: exit %d, want %d; stderr %q", tc.args, code, tc.code, stderr.String())
		}
		if code != 0 && (stdout.Len() > 0 || stderr.Len() == 0) {
			t.Errorf("%q: an error must go to stderr only; stdout %q, stderr %q", tc.args, stdout.String(), stderr.String())
		}
	}
}
