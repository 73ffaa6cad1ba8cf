// Package cli is whosaid's command line: the commands, their flags, their
// output and their errors. Each command has an Options struct filled from
// its flags and a run function that does the work, so that tests can call
// either the whole command line (Main) or one command's run function.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command failed
	exitUsage = 2 // the command line was wrong
)

// env is what a command may touch of the world outside its arguments: its
// standard streams and environment. Main fills it from the process; tests
// fill it with buffers and maps.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	homeDir        func() (string, error)
	// isTerminal reports whether w is a terminal, and if so how wide.
	isTerminal func(w io.Writer) (width int, ok bool)
}

func processEnv(stdin io.Reader, stdout, stderr io.Writer) *env {
	// What articles hold reaches a terminal as text, never as commands.
	if _, ok := fileTerminal(stdout); ok {
		stdout = safeTerminal{stdout}
	}
	return &env{
		stdin: stdin, stdout: stdout, stderr: stderr,
		getenv:     os.Getenv,
		homeDir:    os.UserHomeDir,
		isTerminal: fileTerminal,
	}
}

// fileTerminal reports whether w is a file open on a terminal, and its
// width.
func fileTerminal(w io.Writer) (int, bool) {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		width = 0
	}
	return width, true
}

// Main runs the whosaid command line with args (without the program name)
// and returns the process's exit code: 0 on success, 1 when the command
// failed, 2 when the command line was wrong. Errors are written to stderr
// as one line, "whosaid: <message>".
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(ctx, args, processEnv(stdin, stdout, stderr))
}

func run(ctx context.Context, args []string, e *env) int {
	if args == nil {
		args = []string{} // cobra reads os.Args when given nil
	}
	root := newRootCmd(e)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		err = errors.New("interrupted")
	}
	fmt.Fprintf(e.stderr, "whosaid: %s\n", oneLine(err.Error()))
	var ue *usageError
	if errors.As(err, &ue) {
		if cmd == nil {
			cmd = root
		}
		fmt.Fprintf(e.stderr, "run '%s --help' for usage\n", cmd.CommandPath())
		return exitUsage
	}
	return exitError
}

// oneLine folds a message onto one line, so that every error is one line
// whatever a library or a file name put in it, and shows any control
// character in it rather than sending it to the terminal.
func oneLine(s string) string {
	return terminalSafe(strings.Join(strings.Fields(s), " "))
}

// usageError is a wrong command line: an unknown command or flag, a bad
// flag value, missing arguments. It exits with exitUsage and a hint.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// flagError rewrites pflag's errors as whosaid's usage errors.
func flagError(_ *cobra.Command, err error) error {
	var inv *pflag.InvalidValueError
	if errors.As(err, &inv) {
		why := inv.Unwrap().Error()
		var ne *strconv.NumError
		if errors.As(inv.Unwrap(), &ne) {
			why = "not a number"
			if errors.Is(ne.Err, strconv.ErrRange) {
				why = "out of range"
			}
		}
		return usagef("invalid value %q for --%s: %s", inv.GetValue(), inv.GetFlag().Name, why)
	}
	return &usageError{err}
}

// rootOptions are the flags every command shares.
type rootOptions struct {
	// Index is --index; empty means the default (see indexPath).
	Index string
}

const rootLong = `whosaid reads news articles, finds the quotes in them and who said them,
and keeps them in a search index.

Ingest articles once, then search, count, list and export what was said,
and show any quote in its paragraph. Articles are plain text, Markdown,
HTML or JSON Lines files, folders of them, or standard input ("-"). One
person is one across articles: "Putin" and "Vladimir Putin" are the same
speaker.

The index is the directory --index names, else $WHOSAID_INDEX, else
$XDG_DATA_HOME/whosaid/index.bleve, else ~/.local/share/whosaid/index.bleve.`

const rootExample = `  whosaid ingest ~/news
  whosaid search bridge --speaker "Jane Doe" --since 2024-03
  whosaid people --format csv > people.csv`

func newRootCmd(e *env) *cobra.Command {
	opts := &rootOptions{}
	root := &cobra.Command{
		Use:     "whosaid",
		Short:   "Find who said what in the news",
		Long:    rootLong,
		Example: rootExample,
		// An unknown command lands here: commands are found before this runs.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			msg := fmt.Sprintf("unknown command %q", args[0])
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				msg += fmt.Sprintf(" (did you mean %q?)", s[0])
			}
			return usagef("%s", msg)
		},
		SilenceUsage:               true,
		SilenceErrors:              true,
		CompletionOptions:          cobra.CompletionOptions{DisableDefaultCmd: true},
		SuggestionsMinimumDistance: 2,
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(flagError)
	// The root runs only to report an unknown command or show help: its
	// usage is "whosaid [command]", not "whosaid [flags]".
	root.SetUsageTemplate(strings.Replace(root.UsageTemplate(), "{{if .Runnable}}", "{{if and .Runnable .HasParent}}", 1))
	root.PersistentFlags().StringVar(&opts.Index, "index", "", "the index directory `PATH` (default $WHOSAID_INDEX, see whosaid --help)")

	indexPath := func() (string, error) { return resolveIndexPath(opts.Index, e) }
	root.AddCommand(
		newIngestCmd(e, indexPath),
		newExtractCmd(e),
		newSearchCmd(e, indexPath),
		newPeopleCmd(e, indexPath),
		newShowCmd(e, indexPath),
		newExportCmd(e, indexPath),
		newRemoveCmd(e, indexPath),
		newStatsCmd(e, indexPath),
		newEvalCmd(e),
		newCompletionCmd(e),
	)
	return root
}

// resolveIndexPath chooses the index: the --index flag, else
// $WHOSAID_INDEX, else whosaid/index.bleve in the XDG data directory
// ($XDG_DATA_HOME, else ~/.local/share).
func resolveIndexPath(flag string, e *env) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if p := e.getenv("WHOSAID_INDEX"); p != "" {
		return p, nil
	}
	// The XDG spec says to ignore a relative XDG_DATA_HOME.
	if d := e.getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "whosaid", "index.bleve"), nil
	}
	home, err := e.homeDir()
	if err != nil || home == "" {
		return "", errors.New("cannot find a home directory for the index: give --index PATH or set WHOSAID_INDEX")
	}
	return filepath.Join(home, ".local", "share", "whosaid", "index.bleve"), nil
}

// minArgs and noArgs are cobra's argument checks with whosaid's usage
// errors and messages.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs %s", cmd.Name(), what)
		}
		return nil
	}
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.Name(), args[0])
	}
	return nil
}
