package termsafe

import "strings"

// Search is what a search text typed or given on the command line
// is looked for as: made terminal-safe like dataset text, its line
// breaks, tabs and runs of spaces one space each, trimmed. The explorer,
// --plain and --json all clean it here, so one query finds the same
// events everywhere and is echoed back the same way.
func Search(s string) string {
	return strings.Join(strings.Fields(Text(s)), " ")
}
