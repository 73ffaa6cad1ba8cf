package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// SchemaVersion is the version of the index layout this package writes. An
// index written with another version is refused rather than misread.
const SchemaVersion = 6

// schemaKey is where SchemaVersion is kept, in bleve's internal storage.
const schemaKey = "whosaid.schema"

// DefaultLockTimeout is how long Open waits for another process to let go
// of the index.
const DefaultLockTimeout = 2 * time.Second

var (
	// ErrNotFound is returned by Quote and Article for an unknown id.
	ErrNotFound = errors.New("not found")
	// ErrLocked is returned by Open when another process has the index
	// open for writing (or, for a writer, has it open at all).
	ErrLocked = errors.New("index is locked by another process")
	// ErrSchema is returned by Open for an index written by another
	// version of this package.
	ErrSchema = errors.New("index schema mismatch")
	// ErrBadQuery is returned by Search for a query string it cannot parse.
	ErrBadQuery = errors.New("bad query")
)

// indexError is an error with its own full message that still matches one
// of the sentinels above with errors.Is, so callers can both test for it and
// print it as is.
type indexError struct {
	msg  string
	kind error
}

func (e *indexError) Error() string { return e.msg }
func (e *indexError) Unwrap() error { return e.kind }

// Options configures Open.
type Options struct {
	// ReadOnly opens an existing index for searching only. Several
	// read-only opens can share an index; none can while it is open for
	// writing.
	ReadOnly bool
	// LockTimeout is how long to wait for another process holding the
	// index before failing with ErrLocked; zero means DefaultLockTimeout.
	LockTimeout time.Duration
}

// Index is a whosaid index: quotes, people and articles in one bleve index.
// Its methods are safe for concurrent use.
type Index struct {
	path     string
	readOnly bool
	bleve    bleve.Index
	// mu makes each Add's "find the article's old documents, then replace
	// them" atomic with respect to other Adds.
	mu sync.Mutex
	// regMu guards reg, the people the index holds, loaded when first
	// needed and forgotten when Add or Remove changes them.
	regMu  sync.Mutex
	reg    *registry
	regGen int // counts forgets, so that a load racing an Add is not kept
	// days are the quotes of each day (see dayCounts), loaded and
	// forgotten with reg.
	days []dayCount
	// colMu guards cols, the facet fields as columns (see columns), read
	// when first needed and dropped when Add or Remove changes the index.
	colMu sync.Mutex
	cols  *columns
	// reading counts the searches' reads of columns ahead of need, which
	// Close waits for.
	reading sync.WaitGroup
}

// Open opens the index at path. Unless opts.ReadOnly is set, a missing index
// is created, with any missing parent directories.
//
// The index is locked for as long as it is open: a writer excludes everyone
// else, readers exclude writers. Open waits opts.LockTimeout for the lock and
// then fails with ErrLocked instead of blocking forever.
//
// A new index is built whole beside path and then renamed into place, so
// that a process killed while creating it leaves either no index or a
// complete, empty one, never one that cannot be opened.
func Open(path string, opts Options) (*Index, error) {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	exists, err := isIndex(path)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	if !exists {
		if opts.ReadOnly {
			return nil, fmt.Errorf("open index %s: no index there yet: %w", path, os.ErrNotExist)
		}
		if err := create(path, timeout); err != nil {
			return nil, fmt.Errorf("create index %s: %w", path, err)
		}
	}
	bi, err := bleve.OpenUsing(path, map[string]interface{}{
		"bolt_timeout": timeout.String(),
		"read_only":    opts.ReadOnly,
	})
	if err != nil {
		closeHalfOpen(bi)
		if isLockTimeout(err) {
			return nil, lockedError(path, opts.ReadOnly)
		}
		if damaged(err) {
			return nil, fmt.Errorf("open index %s: %w: the index is damaged; remove it (rm -r %s) and ingest the articles again", path, err, path)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	if err := checkSchema(bi, path); err != nil {
		closeHalfOpen(bi)
		return nil, err
	}
	return &Index{path: path, readOnly: opts.ReadOnly, bleve: bi}, nil
}

// lockedError says who holds the index. A reader is kept out only by a
// writer; a writer may be kept out by a writer or by readers, which a
// second look, for a shared lock at once, tells apart.
func lockedError(path string, readOnly bool) error {
	msg := fmt.Sprintf("index %s is being written by another whosaid; try again when it has finished", path)
	if !readOnly {
		bi, err := bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": "1ms", "read_only": true})
		if err == nil {
			msg = fmt.Sprintf("index %s is being read by another whosaid; try again when it has finished", path)
		}
		closeHalfOpen(bi)
	}
	return &indexError{msg, ErrLocked}
}

// damaged recognises bleve's errors for an index whose metadata or mapping
// is missing or unreadable, as a process killed while creating an index
// with an older whosaid could leave it.
func damaged(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "metadata corrupt") || strings.Contains(msg, "error parsing mapping JSON")
}

// closeHalfOpen closes what bleve returned along with an error: that may be
// an open index, or an interface holding a nil pointer.
func closeHalfOpen(bi bleve.Index) {
	if bi != nil && !reflect.ValueOf(bi).IsNil() {
		_ = bi.Close()
	}
}

// isIndex reports whether path holds a bleve index, and refuses to create
// one inside a directory that holds something else.
func isIndex(path string) (bool, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err == nil {
		return true, nil
	}
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !fi.IsDir() {
		return false, errors.New("not a directory")
	}
	names, err := os.ReadDir(path)
	if err != nil {
		return false, err
	}
	if len(names) > 0 {
		return false, errors.New("not an index, and not an empty directory")
	}
	return false, nil
}

// create builds a new, empty index at path: in a temporary directory beside
// it, which is renamed to path once the index has its mapping and schema
// version. If another process creates the index first, its index is kept.
func create(path string, timeout time.Duration) error {
	// An empty directory the path links to is where the index goes.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	parent, base := filepath.Dir(path), filepath.Base(path)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	removeStale(parent, base)
	tmp, err := os.MkdirTemp(parent, "."+base+tmpInfix)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // after the rename, nothing is left there
	if err := build(tmp, timeout); err != nil {
		return err
	}
	if err := moveIndex(tmp, path); err != nil {
		if ok, _ := isIndex(path); ok {
			return nil // another whosaid made it first
		}
		return err
	}
	syncDir(parent)
	return nil
}

// tmpInfix names the directories create builds indexes in: ".NAME.new-*".
const tmpInfix = ".new-"

// staleAfter is how old a temporary directory of create must be to be
// another process's leftover rather than its work in progress: creating an
// index takes milliseconds.
const staleAfter = 10 * time.Minute

// removeStale removes what processes killed while creating an index at
// parent/base left behind.
func removeStale(parent, base string) {
	stale, _ := filepath.Glob(filepath.Join(parent, "."+base+tmpInfix+"*"))
	for _, d := range stale {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() && time.Since(fi.ModTime()) > staleAfter {
			_ = os.RemoveAll(d)
		}
	}
}

// build makes an empty index in the empty directory dir.
func build(dir string, timeout time.Duration) error {
	m, err := newMapping()
	if err != nil {
		return err
	}
	// Scorch ignores the kv store name, but bleve insists on one.
	bi, err := bleve.NewUsing(dir, m, scorch.Name, bleve.Config.DefaultKVStore,
		map[string]interface{}{"bolt_timeout": timeout.String()})
	if err != nil {
		closeHalfOpen(bi)
		return err
	}
	err = bi.SetInternal([]byte(schemaKey), []byte(strconv.Itoa(SchemaVersion)))
	if cerr := bi.Close(); err == nil {
		err = cerr
	}
	return err
}

// moveIndex renames the directory tmp to path, which may be an empty
// directory. An empty directory that is the working directory is not
// replaced, which would leave the process in a deleted directory: the index
// is moved into it piece by piece instead, its metadata, which makes it an
// index, last.
func moveIndex(tmp, path string) error {
	if wd, err := os.Getwd(); err == nil && sameDir(wd, path) {
		return movePieces(tmp, path)
	}
	err := os.Rename(tmp, path)
	if err != nil && os.Remove(path) == nil {
		// Some systems rename onto an empty directory only once it is gone;
		// Remove removes only an empty one.
		err = os.Rename(tmp, path)
	}
	return err
}

func movePieces(tmp, path string) error {
	names, err := os.ReadDir(tmp)
	if err != nil {
		return err
	}
	const meta = "index_meta.json"
	for _, n := range names {
		if n.Name() != meta {
			if err := os.Rename(filepath.Join(tmp, n.Name()), filepath.Join(path, n.Name())); err != nil {
				return err
			}
		}
	}
	return os.Rename(filepath.Join(tmp, meta), filepath.Join(path, meta))
}

func sameDir(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// syncDir makes a rename in dir durable, where the system allows it.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync()
		_ = f.Close()
	}
}

// checkSchema refuses an index written with another SchemaVersion, saying
// what to do: an older index is rebuilt by ingesting again, a newer one is
// left alone for the newer whosaid that wrote it. An index with no version
// at all counts as version 0: an older whosaid's, or another program's.
func checkSchema(bi bleve.Index, path string) error {
	v, err := bi.GetInternal([]byte(schemaKey))
	if err != nil {
		return fmt.Errorf("open index %s: read schema version: %w", path, err)
	}
	got, err := strconv.Atoi(string(v))
	if err != nil {
		got = 0
	}
	switch {
	case got == SchemaVersion:
		return nil
	case got > SchemaVersion:
		return &indexError{fmt.Sprintf("index %s was written by a newer whosaid (schema %d; this one reads schema %d): use that whosaid, or update this one; the index is left as it is",
			path, got, SchemaVersion), ErrSchema}
	}
	return &indexError{fmt.Sprintf("index %s was written by an older whosaid (schema %d; this one reads schema %d): remove it (rm -r %s) and ingest the articles again",
		path, got, SchemaVersion, path), ErrSchema}
}

// isLockTimeout recognises bbolt's "timeout" error, returned when the file
// lock is not granted in time. It is matched by message because this
// package imports nothing of bbolt's.
func isLockTimeout(err error) bool {
	for ; err != nil; err = errors.Unwrap(err) {
		if err.Error() == "timeout" {
			return true
		}
	}
	return false
}

// Path returns the directory the index was opened at.
func (ix *Index) Path() string { return ix.path }

// Close releases the index and its lock.
func (ix *Index) Close() error {
	ix.reading.Wait()
	if err := ix.dropColumns(); err != nil {
		ix.bleve.Close()
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	if err := ix.bleve.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	return nil
}
