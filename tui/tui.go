package tui

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"parley/model"
)

// Options are the choices a command line can make before the explorer opens.
type Options struct {
	Filter  model.Filter // starting actor filter and search
	EventID string       // when set, start with this event selected and its detail open
	Theme   string       // "auto" | "dark" | "light"
	Mouse   bool         // enable mouse wheel (off by default: capture blocks text selection)
	// Raw is the dataset as its file has it, not made terminal-safe: the
	// reader's excerpt JSON (e) is taken from it, exact to the byte. It
	// must be the same dataset as the one shown; nil when that is raw.
	Raw *model.Dataset
	// Notes keeps marks and notes (main wires in package notes); nil keeps
	// them for the session only. NotesMessage, when not empty, is news
	// about the notes file for the status line at start (a corrupt file
	// moved aside, or why nothing can be saved).
	Notes        Notebook
	NotesMessage string
	// Loading, when set, opens the explorer before its dataset is loaded:
	// Run and New are given a nil dataset and the load's news arrives here
	// (see Update). Name is the file as the user named it, for the loading
	// and error screens.
	Loading <-chan Update
	Name    string
	// Dataset, when set, loads the dataset Run is not given (and its raw
	// twin, or nil when that is the same): the explorer calls it on its
	// first message, within Bubble Tea's wait for its first frame. An
	// error closes the explorer at once, and Run returns it.
	Dataset func() (ds, raw *model.Dataset, err error)
	// StepAside, when set, pauses the load behind Loading for the time
	// given: the explorer calls it at each key and mouse event while the
	// load runs, so that the frame need not wait for a core.
	StepAside func(time.Duration)

	monochrome bool          // NO_COLOR on a terminal that draws attributes; set by Run
	noJobs     bool          // no shell to go back to: ctrl+z says so (jobControl); set by Run
	clip       *clipboard    // where y and Y copy to; set by Run (nil: nowhere)
	stop       chan struct{} // closed when Run ends: a read of Loading waiting then gives up
}

// indexAhead is the number of events from which the search index is built
// in the background at start-up, on another core, so that the first
// search letter finds it ready: at 1,000 generated events building it
// made that letter cost 23 ms of CPU against 3 for the others. Below it
// (the embedded dataset) the first letter builds it in about a
// millisecond, and start-up does nothing it need not.
const indexAhead = 500

// Run opens the explorer full screen and returns when the user quits, or
// with the load's error when Options.Loading ends in one (see Update). The
// terminal is restored (cooked mode and echo, cursor shown, alternate screen
// left) on every way out: q, ctrl+c, a panic, and SIGINT, SIGTERM or SIGHUP,
// after which Run returns a *SignalError.
func Run(ds *model.Dataset, opts Options) error {
	if err := settleTheme(opts.Theme); err != nil {
		return err
	}
	opts.monochrome = settleNoColor()
	opts.noJobs = !jobControl()
	if ds != nil && len(ds.Events) >= indexAhead {
		go buildIndex(ds) // on another core while the first frames draw
	}
	opts.stop = make(chan struct{})
	defer close(opts.stop)
	// Bubble Tea v1 turns SIGINT and SIGTERM into a quit but leaves SIGHUP
	// to its default action, which ends the process with the terminal still
	// raw, in the alternate screen, cursor hidden. parley handles all three.
	// The clipboard writes through the program's output, one lock around
	// each write, so a copy never lands inside a frame.
	out := &lockedOutput{File: os.Stdout}
	clip := newClipboard(out, term.IsTerminal(os.Stdout.Fd()), os.Getenv)
	opts.clip = &clip
	popts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithoutSignalHandler(), tea.WithOutput(out)}
	if opts.Mouse {
		popts = append(popts, tea.WithMouseCellMotion())
	}
	p := tea.NewProgram(buildOnFirstMessage(ds, opts), popts...)

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	caught := make(chan os.Signal, 1)
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case s := <-sigs:
			caught <- s
			p.Quit() // the normal way out, which restores the terminal
		case <-done:
		}
	}()

	final, err := p.Run()
	m, ok := final.(Model)
	if ok {
		m.keepOpenNote()
	}
	select {
	case s := <-caught:
		return &SignalError{Signal: s}
	default:
	}
	if err == nil && ok {
		err = m.load.err // a load that failed: the caller prints it in full
	}
	return err
}

// SignalError is how Run ends when a signal stopped the explorer.
type SignalError struct{ Signal os.Signal }

func (e *SignalError) Error() string { return "stopped by signal " + e.Signal.String() }

// ExitCode is what a shell reports for a process killed by the signal.
func (e *SignalError) ExitCode() int {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// settleNoColor keeps text attributes under NO_COLOR, which asks for no
// colour, not for no emphasis: bold and reverse video still mark the
// selection and the passage being read. Where the terminal draws no
// attributes at all (TERM=dumb), nothing changes.
func settleNoColor() bool {
	out := termenv.NewOutput(os.Stdout)
	if !out.EnvNoColor() || out.ColorProfile() == termenv.Ascii {
		return false
	}
	lipgloss.SetColorProfile(termenv.ANSI)
	return true
}

// settleTheme fixes light or dark before the program reads input: a
// terminal query made later would leak its answer in as keystrokes.
func settleTheme(theme string) error {
	switch theme {
	case "dark":
		lipgloss.SetHasDarkBackground(true)
	case "light":
		lipgloss.SetHasDarkBackground(false)
	case "", "auto":
		lipgloss.SetHasDarkBackground(lipgloss.HasDarkBackground())
	default:
		return fmt.Errorf("theme %q: want auto, dark or light", theme)
	}
	return nil
}
