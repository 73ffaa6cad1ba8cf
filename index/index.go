package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// SchemaVersion is the version of the index layout this package writes. An
// index written with another version is refused rather than misread.
const SchemaVersion = 2

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
}

// Open opens the index at path. Unless opts.ReadOnly is set, a missing index
// is created, with any missing parent directories.
//
// The index is locked for as long as it is open: a writer excludes everyone
// else, readers exclude writers. Open waits opts.LockTimeout for the lock and
// then fails with ErrLocked instead of blocking forever.
func Open(path string, opts Options) (*Index, error) {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	exists, err := isIndex(path)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	var bi bleve.Index
	if !exists {
		if opts.ReadOnly {
			return nil, fmt.Errorf("open index %s: no index there yet: %w", path, os.ErrNotExist)
		}
		bi, err = create(path, timeout)
		// Another whosaid may have created it between our look and now.
		exists = errors.Is(err, bleve.ErrorIndexPathExists)
	}
	if exists {
		bi, err = bleve.OpenUsing(path, map[string]interface{}{
			"bolt_timeout": timeout.String(),
			"read_only":    opts.ReadOnly,
		})
	}
	if err != nil {
		closeHalfOpen(bi)
		if isLockTimeout(err) {
			return nil, &indexError{fmt.Sprintf("index %s is being written by another whosaid", path), ErrLocked}
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	if err := checkSchema(bi, path); err != nil {
		closeHalfOpen(bi)
		return nil, err
	}
	return &Index{path: path, readOnly: opts.ReadOnly, bleve: bi}, nil
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

func create(path string, timeout time.Duration) (bleve.Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	// Scorch ignores the kv store name, but bleve insists on one.
	bi, err := bleve.NewUsing(path, m, scorch.Name, bleve.Config.DefaultKVStore,
		map[string]interface{}{"bolt_timeout": timeout.String()})
	if err != nil {
		return bi, err
	}
	if err := bi.SetInternal([]byte(schemaKey), []byte(strconv.Itoa(SchemaVersion))); err != nil {
		return bi, err
	}
	return bi, nil
}

// checkSchema refuses an index written with another SchemaVersion; one with
// no version at all counts as version 0.
func checkSchema(bi bleve.Index, path string) error {
	v, err := bi.GetInternal([]byte(schemaKey))
	if err != nil {
		return fmt.Errorf("open index %s: read schema version: %w", path, err)
	}
	got, _ := strconv.Atoi(string(v))
	if got != SchemaVersion {
		return &indexError{fmt.Sprintf("index %s was written by whosaid schema %d, this is schema %d: remove it (rm -r %s) and ingest the articles again",
			path, got, SchemaVersion, path), ErrSchema}
	}
	return nil
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
	if err := ix.bleve.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	return nil
}
