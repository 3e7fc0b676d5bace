package tui

import (
	"os"
	"strconv"
	"strings"
)

// parentOf is the parent of process pid, from /proc/PID/stat ("pid (comm)
// state ppid …", comm may hold spaces and parentheses); -1 when unknown.
func parentOf(pid int) int {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return -1
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 2 {
		return -1
	}
	ppid, err := strconv.Atoi(fields[1])
	if err != nil {
		return -1
	}
	return ppid
}
