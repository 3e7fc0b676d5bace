package tui

import (
	"fmt"
	"parley/tui/internal/ink"
	"reflect"
	"testing"
	"unsafe"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Every style draws through its Ink exactly as lipgloss draws it, on every
// kind of terminal and background, with and without colour, whatever the
// text: the short cut never shows on screen.
func TestInkDrawsAsLipgloss(t *testing.T) {
	texts := []string{"", " ", "x", "two words", "  edges  ", "Kim–Moon “summit”", "界隈 wide", "tab\there",
		"two\nlines", "crlf\r\nend", "\x1b[1mbold already\x1b[0m and not", "trailing space ", "★ ✎ ▶ │ ┌"}
	eachTerminal(func(p termenv.Profile, dark bool) {
		for _, mono := range []bool{false, true} {
			for name, k := range inksOf(newStyles(mono)) {
				for _, text := range texts {
					if got, want := k.Render(text), k.Style.Render(text); got != want {
						t.Errorf("profile %v, dark %v, mono %v, %s: drew %q as %q, lipgloss %q", p, dark, mono, name, text, got, want)
					}
				}
			}
		}
	})
}

// On a colour terminal the styles that only colour take the short cut,
// and the underlined match, whose spaces lipgloss draws one by one, not.
func TestInkTakesTheShortCutWhereItCan(t *testing.T) {
	defer lipgloss.SetColorProfile(lipgloss.ColorProfile())
	defer lipgloss.SetHasDarkBackground(lipgloss.HasDarkBackground())
	lipgloss.SetColorProfile(termenv.ANSI256)
	lipgloss.SetHasDarkBackground(true)
	st := newStyles(false)
	for name, k := range map[string]ink.Ink{"dim": st.dim, "selected": st.selected, "actor": st.actors[0], "plain": ink.Plain} {
		if _, _, ok := k.Codes(); !ok {
			t.Errorf("%s is drawn by lipgloss, not wrapped in its codes", name)
		}
	}
	if _, _, ok := st.match.Codes(); ok {
		t.Errorf("the underlined match is wrapped in codes, though lipgloss styles its spaces apart")
	}
}

// inksOf is every Ink of the styles, by field name.
func inksOf(st *styles) map[string]ink.Ink {
	out := map[string]ink.Ink{"plain": ink.Plain}
	v := reflect.ValueOf(st).Elem()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		f := v.Field(i)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem() // readable, though unexported
		switch x := f.Interface().(type) {
		case ink.Ink:
			out[name] = x
		case []ink.Ink:
			for j, k := range x {
				out[fmt.Sprintf("%s[%d]", name, j)] = k
			}
		}
		if f.Kind() == reflect.Map {
			for _, key := range f.MapKeys() {
				out[name+"["+key.String()+"]"] = f.MapIndex(key).Interface().(ink.Ink)
			}
		}
	}
	return out
}
