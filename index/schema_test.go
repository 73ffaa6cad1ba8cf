package index

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var updateSchema = flag.Bool("update-schema", false, "write testdata/schema/SchemaVersion.json from the current mapping")

// TestMappingMatchesSchemaVersion keeps SchemaVersion honest: the mapping
// an index is created with, and (from schema 3) the fields Add puts in
// documents besides, are recorded under testdata/schema for each version,
// so that changing them without a new SchemaVersion, which would let an
// old index be misread, fails here.
func TestMappingMatchesSchemaVersion(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	added := map[string]string{fieldNewest: addedFieldOptions.String(), fieldOldest: addedFieldOptions.String()}
	for _, f := range FacetFields {
		added[facetField(f)] = addedFieldOptions.String()
	}
	layout := struct {
		Mapping          any               `json:"mapping"`
		QuoteAddedFields map[string]string `json:"quote_added_fields"`
	}{m, added}
	got, err := json.MarshalIndent(layout, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "schema", fmt.Sprintf("%d.json", SchemaVersion))
	if *updateSchema {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: a new SchemaVersion needs its mapping recorded: go test ./index -run %s -update-schema", err, t.Name())
	}
	if string(got) != string(want) {
		t.Errorf("the index mapping is not the one recorded for schema %d in %s: "+
			"if the change is wanted, increase SchemaVersion and record it (go test ./index -run %s -update-schema)",
			SchemaVersion, path, t.Name())
	}
}
