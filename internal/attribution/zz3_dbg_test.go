package attribution

import (
	"os"
	"testing"
)

func TestZZGender(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	doc := attribute(text)
	for p, per := range doc.People {
		t.Logf("P%d %q named=%v gender=%v mentions=%d", p, per.Name, per.Named, per.Gender, len(per.Mentions))
	}
}
