package data

import (
	"encoding/json"
	"strings"
	"testing"
)

// A key given twice would have its first value silently replaced: it is
// an error that says where both stand.
func TestAKeyGivenTwiceIsAnError(t *testing.T) {
	raw, _ := json.Marshal(smallDoc())
	text := strings.Replace(string(raw), `"title":"Envoys meet Kim"`, `"title":"Envoys meet Kim",`+"\n"+`"title":"Other"`, 1)
	_, err := Load("test.json", []byte(text), nil)
	probs, _ := err.(Problems)
	want := "key given twice in one object (line 1, column "
	if len(probs) != 1 || probs[0].Path != "events[0].title" || !strings.Contains(probs[0].Msg, want) || !strings.Contains(probs[0].Msg, "and line 2, column 1)") {
		t.Errorf("got:\n%v\nwant one problem at events[0].title with both places", err)
	}
}
