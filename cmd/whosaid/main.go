// Command whosaid reads news articles, finds the quotes in them and who
// said them, and searches what it found. See internal/cli for the commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/whosaid/whosaid/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	// After the first interrupt, let a second one kill the process at once.
	context.AfterFunc(ctx, stop)
	os.Exit(cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
