package cli

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/index"
)

// missingLabel is how a facet's table names the quotes without a value.
var missingLabel = map[string]string{
	index.FacetSpeaker: "(unnamed or unknown)",
	index.FacetRole:    "(no role)",
	index.FacetOutlet:  "(no outlet)",
	index.FacetKind:    "(no kind)",
}

// facetJSON is one line of `whosaid search --facet F --format json`.
type facetJSON struct {
	Facet  string `json:"facet"`
	Value  string `json:"value"`
	Quotes int    `json:"quotes"`
}

// writeFacets prints the counts of a search by each facet asked for. In a
// table the quotes without a value are named in brackets; in JSON and CSV
// they have an empty value.
//
//	speaker               quotes
//	Elena Vasquez              6
//	(unnamed or unknown)       3
//
//	9 quotes
func writeFacets(w io.Writer, res *index.Results, facets []string, format string, st textStyle) error {
	type row struct {
		facet, value, label string
		count               int
	}
	var rows [][]row
	for _, f := range facets {
		fc := res.Facets[f]
		var rs []row
		for _, v := range fc.Values {
			rs = append(rs, row{f, v.Value, v.Value, v.Count})
		}
		if fc.Missing > 0 {
			rs = append(rs, row{f, "", missingLabel[f], fc.Missing})
		}
		rows = append(rows, rs)
	}
	out := bufio.NewWriter(w)
	switch format {
	case formatJSON:
		enc := newJSONLines(out)
		for _, rs := range rows {
			for _, r := range rs {
				if err := enc.Encode(facetJSON{r.facet, r.value, r.count}); err != nil {
					return err
				}
			}
		}
	case formatCSV:
		c := csv.NewWriter(out)
		_ = c.Write([]string{"facet", "value", "quotes"})
		for _, rs := range rows {
			for _, r := range rs {
				_ = c.Write([]string{r.facet, r.value, strconv.Itoa(r.count)})
			}
		}
		c.Flush()
		if err := c.Error(); err != nil {
			return err
		}
	default:
		const countW = len("quotes")
		for i, rs := range rows {
			if i > 0 {
				out.WriteString("\n")
			}
			labelW := textWidth(facets[i])
			for _, r := range rs {
				labelW = max(labelW, textWidth(r.label))
			}
			labelW = min(labelW, st.width-countW-2)
			head := facets[i] + strings.Repeat(" ", labelW-textWidth(facets[i])) + "  quotes"
			out.WriteString(st.dim(head) + "\n")
			for _, r := range rs {
				label := truncate(r.label, labelW)
				fmt.Fprintf(out, "%s%s  %*d\n", label, strings.Repeat(" ", labelW-textWidth(label)), countW, r.count)
			}
		}
		fmt.Fprintf(out, "\n%s\n", plural(int(res.Total), "quote"))
	}
	return out.Flush()
}

// writePeople prints people as a table that fits st.width:
//
//	name            quotes  first       last        roles (also called)
//	Elena Vasquez        6  2024-03-04  2024-06-01  Governor (Vasquez)
//
//	1 person
func writePeople(w io.Writer, people []index.PersonSummary, st textStyle) error {
	const (
		maxNameW = 24
		countW   = len("quotes")
		dateW    = len("2006-01-02")
	)
	nameW := len("name")
	for _, p := range people {
		nameW = max(nameW, min(textWidth(p.Name), maxNameW))
	}
	rest := st.width - nameW - 2 - countW - 2 - dateW - 2 - dateW - 2
	var b strings.Builder
	pad := func(s string, w int) string { return s + strings.Repeat(" ", max(w-textWidth(s), 0)) }
	head := pad("name", nameW) + "  quotes  " + pad("first", dateW) + "  " + pad("last", dateW) + "  roles (also called)"
	b.WriteString(st.dim(truncate(head, st.width)) + "\n")
	for _, p := range people {
		about := strings.Join(p.Roles, ", ")
		if len(p.Aliases) > 0 {
			if about != "" {
				about += " "
			}
			about += "(" + strings.Join(p.Aliases, ", ") + ")"
		}
		first, last := p.FirstSeen, p.LastSeen
		if first == "" {
			first, last = "-", "-"
		}
		line := fmt.Sprintf("%s  %*d  %s  %s  %s", pad(truncate(p.Name, nameW), nameW), countW, p.Quotes,
			pad(first, dateW), pad(last, dateW), truncate(about, max(rest, 1)))
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	fmt.Fprintf(&b, "\n%s\n", plural(len(people), "person"))
	_, err := io.WriteString(w, b.String())
	return err
}
