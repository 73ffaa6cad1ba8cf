package ingest

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/internal/news"
)

// Options configure reading.
type Options struct {
	Stdin    io.Reader // what "-" reads; nil means no stdin
	MaxBytes int64     // largest file/record accepted; 0 means the default (64 MiB)
}

// Articles reads every article under paths in order: files, folders
// (walked recursively, in lexical order, only .txt .md .markdown .jsonl
// files, hidden files/dirs skipped), or "-" for stdin (read as plain text;
// if it looks like JSON Lines — first non-space byte '{' — as JSONL).
//
// It yields (article, nil) for each article and (nil, err) for each problem
// (an unreadable file, a broken JSONL line); reading goes on after a
// problem. Stops when the consumer stops iterating or ctx is done.
//
// A file named explicitly is read whatever its extension (as plain text
// unless .md, .markdown or .jsonl), since the user asked for it; in a
// folder, files with other extensions are skipped silently, as are symbolic
// links to folders, which could form a cycle.
func Articles(ctx context.Context, paths []string, opts Options) iter.Seq2[*news.Article, error] {
	return func(yield func(*news.Article, error) bool) {
		r := &reader{ctx: ctx, opts: opts, limit: limitOf(opts.MaxBytes), yield: yield}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// reader is one run of Articles. Its methods return false once the
// consumer has stopped or ctx is done, and then nothing more is yielded.
type reader struct {
	ctx   context.Context
	opts  Options
	limit int64
	yield func(*news.Article, error) bool
}

func (r *reader) emit(a *news.Article, err error) bool {
	if r.ctx.Err() != nil {
		return false
	}
	return r.yield(a, err)
}

func (r *reader) path(p string) bool {
	if r.ctx.Err() != nil {
		return false
	}
	if p == "-" {
		return r.stdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.emit(nil, readError(p, err))
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.file(p)
}

// articleExt are the extensions read inside a folder.
var articleExt = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".jsonl": true}

// walk reads the articles in dir and its subfolders, entries in the
// lexical order os.ReadDir gives, so that runs over the same tree agree.
func (r *reader) walk(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		// ReadDir returns what it read before failing; report, then read that.
		if !r.emit(nil, readError(dir, err)) {
			return false
		}
	}
	for _, e := range entries {
		if r.ctx.Err() != nil {
			return false
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		typ := e.Type()
		isArticle := articleExt[strings.ToLower(filepath.Ext(name))]
		if typ&fs.ModeSymlink != 0 {
			if !isArticle {
				continue
			}
			fi, err := os.Stat(p)
			if err != nil {
				if !r.emit(nil, readError(p, err)) {
					return false
				}
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir() && e.Type()&fs.ModeSymlink == 0:
			if !r.walk(p) {
				return false
			}
		case typ.IsRegular() && isArticle:
			if !r.file(p) {
				return false
			}
		}
	}
	return true
}

// file reads the file at p, a whole article or, for .jsonl, a feed.
func (r *reader) file(p string) bool {
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		f, err := os.Open(p)
		if err != nil {
			return r.emit(nil, readError(p, err))
		}
		defer f.Close()
		return r.jsonl(p, f)
	}
	data, err := r.readFile(p)
	if err != nil {
		return r.emit(nil, err)
	}
	return r.emit(Read(p, data))
}

// readFile reads p whole, refusing anything over the limit before reading
// it when its size is known, and after reading limit+1 bytes when it is not
// (a pipe, a device).
func (r *reader) readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, readError(p, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > r.limit {
		return nil, &Error{Path: p, Err: tooLarge(r.limit)}
	}
	return r.readAll(p, f)
}

func (r *reader) readAll(p string, rd io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, r.limit+1))
	if err != nil {
		return nil, readError(p, err)
	}
	if int64(len(data)) > r.limit {
		return nil, &Error{Path: p, Err: tooLarge(r.limit)}
	}
	return data, nil
}

func (r *reader) jsonl(p string, rd io.Reader) bool {
	for a, err := range ReadJSONL(p, rd, r.limit) {
		if !r.emit(a, err) {
			return false
		}
	}
	return true
}

var errNoStdin = errors.New("no standard input")

// stdin reads "-": JSON Lines if it starts like a JSON object, else one
// plain text article. It looks ahead without consuming, so that JSONL line
// numbers count from the real first line.
func (r *reader) stdin() bool {
	if r.opts.Stdin == nil {
		return r.emit(nil, &Error{Path: "-", Err: errNoStdin})
	}
	br := bufio.NewReaderSize(r.opts.Stdin, 64<<10)
	if looksLikeJSONL(br) {
		return r.jsonl("-", br)
	}
	data, err := r.readAll("-", br)
	if err != nil {
		return r.emit(nil, err)
	}
	return r.emit(Read("-", data))
}

// looksLikeJSONL reports whether the first byte after a UTF-8 BOM and
// white space is '{'. It peeks one byte more at a time rather than filling
// the buffer, so a feed piped in slowly is not held up.
func looksLikeJSONL(br *bufio.Reader) bool {
	start := 0
	if b, _ := br.Peek(len(bom)); string(b) == bom {
		start = len(bom)
	}
	for n := start + 1; n <= br.Size(); n++ {
		b, err := br.Peek(n)
		if err != nil {
			return false
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n', '\f', '\v':
		default:
			return c == '{'
		}
	}
	return false
}
