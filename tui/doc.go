// Package tui is parley's interactive explorer: a timeline of events, an
// actor filter, an event's detail, a reader for its source article, a
// search prompt and a help screen.
//
// # Structure
//
// Each of those is a component (component.go): it owns its state, its
// update, its view, its size and its keys, named in its own ShortHelp and
// FullHelp. Panes do not call each other or the root: update returns an
// intent (moved, open, back, done, filter changed) and the root acts on it.
// What several panes read, the filter above all, is in shared, owned by the
// root: model.Filter is the only copy of the filter.
//
// The root Model (model.go) keeps one record of what is on screen and
// which pane has the keys: layout (layout.go), changed only through
// browse, swap, closeSide, push and pop, which keep the pane with the keys
// on screen. Update drops terminal replies that arrive as keys
// (replies.go), then routes a key to the global keys of the current state
// (globals.go), then to the focused pane; the short help is the focused
// pane's ShortHelp followed by those same globals, so help and routing
// cannot disagree. A mouse event goes to the pane under the pointer, in
// that pane's coordinates ((0, 0) is the first line under its title
// rule). All movement keys and the wheel go through navigate (nav.go).
// FuzzSession checks, after every step, that the pane with the keys is
// the one drawn with a heavy title rule, and that the frame (Model.frame,
// before View's last cut) fits the window.
//
// # Adding a view
//
// A time axis on t, say:
//
//  1. Write the component in its own file: a struct with ctx *context and
//     the methods of component. Read keys from ctx.keys, move with
//     navigate(msg, ctx.keys.Nav), return intents rather than reaching
//     into other panes. Lay text out on setSize or when its data changes,
//     never in view.
//  2. Add its keys to KeyMap (keys.go) and DefaultKeyMap.
//  3. Add a paneID (layout.go), a field in Model and a case in Model.pane;
//     give it its size in resize.
//  4. Decide where it lives. A browsing pane beside the timeline is
//     opened with layout.browse(id) (it becomes the side pane); a
//     full-screen overlay (like the reader or help) with layout.push(id),
//     and add it to the overlays layout.body draws alone; an input in the
//     status line (like the search) is pushed too and drawn by statusLine.
//  5. Add the key that opens it to globals (globals.go), with the states
//     it works in, and what leaving it does to leave (model.go).
//  6. Add its section to helpGroups, a title word to paneTitles in
//     fuzz_test.go, its key to quickKeys if sessions should use it often,
//     and a screen to screens() in screens_test.go (goldens at three sizes).
package tui
