package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/index"
)

// Output formats.
const (
	formatTable = "table"
	formatJSON  = "json"  // JSON Lines: one record per line
	formatJSONL = "jsonl" // the same, by the name export uses
	formatCSV   = "csv"
)

// formatFlag adds --format, with the values allowed, and --json as a short
// way to say --format json.
func formatFlag(cmd *cobra.Command, format *string, json *bool, values ...string) {
	def := values[0]
	cmd.Flags().StringVarP(format, "format", "f", def, "print as `FORMAT`: "+strings.Join(values, ", "))
	if json != nil {
		cmd.Flags().BoolVar(json, "json", false, "the same as --format json")
	}
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(values...))
}

// checkFormat returns the format chosen, or a usage error.
func checkFormat(cmd *cobra.Command, format string, json bool, values ...string) (string, error) {
	if json {
		if cmd.Flags().Changed("format") && format != formatJSON {
			return "", usagef("--json and --format %s disagree: use one", format)
		}
		return formatJSON, nil
	}
	for _, v := range values {
		if format == v {
			return format, nil
		}
	}
	return "", usagef("invalid --format %q: want %s", format, strings.Join(values, ", "))
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// quoteColumns are the CSV columns of a quote: the JSON fields of
// index.Quote in their order, as `whosaid extract` prints them.
var quoteColumns = jsonNames(reflect.TypeFor[index.Quote]())

func jsonNames(t reflect.Type) []string {
	var names []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

// evidenceSep joins the evidence chain in CSV and in `whosaid show`.
const evidenceSep = " → "

// quoteRow is a quote as CSV fields, in the order of quoteColumns: a list
// joined with " → ", a flag true or false, a number as JSON writes it.
func quoteRow(q index.Quote) []string {
	v := reflect.ValueOf(q)
	row := make([]string, 0, len(quoteColumns))
	for f := range v.Type().Fields() {
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name == "" || name == "-" {
			continue
		}
		switch x := v.FieldByIndex(f.Index).Interface().(type) {
		case string:
			row = append(row, x)
		case int:
			row = append(row, strconv.Itoa(x))
		case float64:
			row = append(row, strconv.FormatFloat(x, 'f', -1, 64))
		case bool:
			row = append(row, strconv.FormatBool(x))
		case []string:
			row = append(row, strings.Join(x, evidenceSep))
		default:
			row = append(row, fmt.Sprint(x))
		}
	}
	return row
}

// csvQuotes writes quotes as CSV with a header row, one quote per row.
type csvQuotes struct{ w *csv.Writer }

func newCSVQuotes(w io.Writer) (*csvQuotes, error) {
	c := &csvQuotes{csv.NewWriter(w)}
	return c, c.w.Write(quoteColumns)
}

func (c *csvQuotes) write(q index.Quote) error { return c.w.Write(quoteRow(q)) }

func (c *csvQuotes) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// peopleColumns are the CSV columns of `whosaid people`.
var peopleColumns = []string{"name", "named", "roles", "aliases", "articles", "mentions", "quotes", "first_seen", "last_seen"}

func personRow(p index.PersonSummary) []string {
	return []string{p.Name, strconv.FormatBool(p.Named), strings.Join(p.Roles, "; "), strings.Join(p.Aliases, "; "),
		strconv.Itoa(p.Articles), strconv.Itoa(p.Mentions), strconv.Itoa(p.Quotes), p.FirstSeen, p.LastSeen}
}

// parsePeriod reads a date as --since and --until take it: a day
// (2024-03-04), a month (2024-03) or a year (2024). It returns the first
// day of the period and the first day after it.
func parsePeriod(s string) (start, next time.Time, err error) {
	s = strings.TrimSpace(s)
	for _, p := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	} {
		if len(s) != len(p.layout) {
			continue
		}
		if t, err := time.Parse(p.layout, s); err == nil {
			return t, p.next(t), nil
		}
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%q is not a date like 2024-03-04, 2024-03 or 2024", s)
}
