// Package fuzzcheck helps the analysis packages' fuzz tests: it runs one
// input under a watchdog. go test -fuzz notices neither an input that
// hangs (it goes on with its other workers and in the end says PASS) nor,
// clearly, a panic in another goroutine.
package fuzzcheck

import (
	"fmt"
	"runtime/debug"
	"testing"
	"time"
)

// Within runs fn, failing t if fn panics or takes longer than d.
func Within(t testing.TB, d time.Duration, input string, fn func()) {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Sprintf("panic: %v\n%s", v, debug.Stack())
			}
		}()
		fn()
		done <- ""
	}()
	select {
	case msg := <-done:
		if msg != "" {
			t.Fatalf("on %.300q: %s", input, msg)
		}
	case <-time.After(d):
		t.Fatalf("took longer than %v on %.300q", d, input)
	}
}
