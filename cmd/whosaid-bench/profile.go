package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/whosaid/whosaid/internal/cli"
)

// profileCmd runs one whosaid command in this process, with pprof's CPU
// and allocation profiles written to files:
//
//	whosaid-bench profile -cpu cpu.prof -mem mem.prof -- extract DIR...
//	go tool pprof -top cpu.prof
func profileCmd(args []string) error {
	fs := flag.NewFlagSet("profile", flag.ExitOnError)
	cpu := fs.String("cpu", "cpu.prof", "write the CPU profile to `FILE`")
	mem := fs.String("mem", "mem.prof", "write the allocation profile to `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: whosaid-bench profile [-cpu FILE] [-mem FILE] -- WHOSAID-ARGS...")
		fs.PrintDefaults()
	}
	_ = fs.Parse(args)
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("no whosaid command to profile")
	}
	runtime.MemProfileRate = 64 * 1024 // every allocated 64 KiB, a sample
	// As cmd/whosaid sets them, so that the profile is of what users run.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(192 << 20)
	}
	f, err := os.Create(*cpu)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	start := time.Now()
	code := cli.Main(context.Background(), fs.Args(), nil, io.Discard, os.Stderr)
	took := time.Since(start)
	pprof.StopCPUProfile()
	m, err := os.Create(*mem)
	if err != nil {
		return err
	}
	defer m.Close()
	if err := pprof.Lookup("allocs").WriteTo(m, 0); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "whosaid %v: exit %d in %.2fs; profiles in %s and %s\n", fs.Args(), code, took.Seconds(), *cpu, *mem)
	if code != 0 {
		return fmt.Errorf("whosaid exited with status %d", code)
	}
	return nil
}
