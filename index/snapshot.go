package index

import (
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// snapshot opens a snapshot of ix's bleve index, which does not change
// while it is open; close it when done.
func (ix *Index) snapshot() (*scorch.IndexSnapshot, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		r.Close()
		return nil, fmt.Errorf("not a scorch index")
	}
	return snap, nil
}

// segments are a snapshot's segments with the number, in the snapshot, of
// the first document of each. A document's number in a snapshot, which
// bleve puts in a match's internal ID, is the number of documents,
// deleted or not, in the segments before its own, plus its number in its
// segment: this is how scorch numbers them. Reading a document by that
// number, rather than by its ID, saves looking the ID up in every
// segment.
type segments struct {
	segs  []*scorch.SegmentSnapshot
	first []uint64
	size  uint64 // documents in all, deleted or not
}

func segmentsOf(snap *scorch.IndexSnapshot) segments {
	s := segments{segs: snap.Segments()}
	for _, seg := range s.segs {
		s.first = append(s.first, s.size)
		s.size += seg.Segment().Count()
	}
	return s
}

// locate returns the segment of the document numbered doc in the
// snapshot, and its number there.
func (s segments) locate(doc uint64) (segment.Segment, uint64, error) {
	if doc >= s.size {
		return nil, 0, fmt.Errorf("document %d past the %d of the snapshot", doc, s.size)
	}
	i := sort.Search(len(s.first), func(i int) bool { return s.first[i] > doc }) - 1
	return s.segs[i].Segment(), doc - s.first[i], nil
}
