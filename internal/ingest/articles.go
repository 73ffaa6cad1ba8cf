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
	// Fields names the JSON Lines fields to read each article field from,
	// for feeds that call them something else: {"text": "body"} reads the
	// text from "body". Keys are those of JSONLFields; a field not named
	// here is read from its usual name. See ParseFields.
	Fields map[string]string
}

// Source is an article and where it was read from.
type Source struct {
	Article *news.Article
	// Path is the file as given or found in a folder, "-" for stdin.
	Path string
	// Line is the line of a JSON Lines feed the article is on, 1-based; 0
	// when the article is the whole file.
	Line int
}

// Articles reads every article under paths in order: files, folders
// (walked recursively, in lexical order, only .txt .md .markdown .html
// .htm .jsonl files, hidden files/dirs skipped), or "-" for stdin (read as
// plain text; if it looks like JSON Lines — first non-space byte '{' — as
// JSONL; if it starts like a web page, as HTML).
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
		for s, err := range Sources(ctx, paths, opts) {
			if !yield(s.Article, err) {
				return
			}
		}
	}
}

// Sources is Articles, with where each article was read from.
func Sources(ctx context.Context, paths []string, opts Options) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
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
	yield func(Source, error) bool
	// count, when set, makes file count articles instead of reading them.
	count *int
}

// emit yields the article a read from path (at line of a feed), or err.
func (r *reader) emit(path string, line int, a *news.Article, err error) bool {
	if r.ctx.Err() != nil {
		return false
	}
	if err != nil {
		a = nil
	}
	return r.yield(Source{Article: a, Path: path, Line: line}, err)
}

// fail yields a problem with path as a whole.
func (r *reader) fail(path string, err error) bool {
	return r.emit(path, 0, nil, err)
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
		return r.fail(p, readError(p, err))
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.file(p)
}

// articleExt are the extensions read inside a folder.
var articleExt = map[string]bool{
	".txt": true, ".md": true, ".markdown": true, ".jsonl": true,
	".html": true, ".htm": true, ".xhtml": true,
}

// walk reads the articles in dir and its subfolders, entries in the
// lexical order os.ReadDir gives, so that runs over the same tree agree.
func (r *reader) walk(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		// ReadDir returns what it read before failing; report, then read that.
		if !r.fail(dir, readError(dir, err)) {
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
				if !r.fail(p, readError(p, err)) {
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
	if r.count != nil {
		if strings.EqualFold(filepath.Ext(p), ".jsonl") {
			return r.countLines(p)
		}
		*r.count++
		return r.ctx.Err() == nil
	}
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		f, err := os.Open(p)
		if err != nil {
			return r.fail(p, readError(p, err))
		}
		defer f.Close()
		return r.jsonl(p, f)
	}
	data, err := r.readFile(p)
	if err != nil {
		return r.fail(p, err)
	}
	a, err := Read(p, data)
	return r.emit(p, 0, a, err)
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
	for src, err := range readJSONL(p, rd, r.limit, r.opts.Fields) {
		if !r.emit(p, src.Line, src.Article, err) {
			return false
		}
	}
	return true
}

var errNoStdin = errors.New("no standard input")

// stdin reads "-": JSON Lines if it starts like a JSON object, a web page
// if it starts like one, else one plain text article. It looks ahead without consuming, so that JSONL line
// numbers count from the real first line.
func (r *reader) stdin() bool {
	if r.opts.Stdin == nil {
		return r.fail("-", &Error{Path: "-", Err: errNoStdin})
	}
	br := bufio.NewReaderSize(r.opts.Stdin, 64<<10)
	if looksLikeJSONL(br) {
		return r.jsonl("-", br)
	}
	data, err := r.readAll("-", br)
	if err != nil {
		return r.fail("-", err)
	}
	var a *news.Article
	if looksLikeHTML(data) {
		a, err = readPage("-", data)
	} else {
		a, err = Read("-", data)
	}
	return r.emit("-", 0, a, err)
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

// Count returns how many articles Articles would yield for paths (an input
// it cannot read counts as one problem), counting a JSON Lines file's
// non-blank lines without parsing them; known is false if it cannot tell,
// as for standard input. It is for showing progress: quick, and never
// reading a file but a feed.
func Count(ctx context.Context, paths []string, opts Options) (n int, known bool) {
	known = true
	r := &reader{ctx: ctx, opts: opts, limit: limitOf(opts.MaxBytes), count: &n}
	r.yield = func(Source, error) bool { n++; return true }
	for _, p := range paths {
		if p == "-" {
			known = false
			continue
		}
		if !r.path(p) {
			break
		}
	}
	return n, known && ctx.Err() == nil
}

// countLines adds to *r.count the non-blank lines of the feed at p.
func (r *reader) countLines(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, readError(p, err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	blank := true
	for {
		b, err := br.ReadByte()
		if err != nil {
			if !blank {
				*r.count++
			}
			return r.ctx.Err() == nil
		}
		switch b {
		case '\n':
			if !blank {
				*r.count++
			}
			blank = true
		case ' ', '\t', '\r':
		default:
			blank = false
		}
	}
}
