// Package pipeline composes the analysis stages in their one order —
// normalise, segment, entities, roles, quotes, attribution — and maps what
// they find to the records of package index. It is the only package that
// imports every stage, and the only place where the domain's values (spans
// into the normalised text) become the records users see (byte offsets
// into the article as read).
package pipeline
