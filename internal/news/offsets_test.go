package news

import "testing"

func TestOffsetMapIdentity(t *testing.T) {
	var m OffsetMap
	if !m.Identity() || m.ToRaw(7) != 7 || m.SpanToRaw(Span{2, 5}) != (Span{2, 5}) {
		t.Fatal("zero OffsetMap should be the identity")
	}
}

func TestOffsetBuilderMapsBack(t *testing.T) {
	// raw: "ab" + "e\u0301" (3 bytes) + "cd" + "\xff" (1 byte) + "ef"
	raw := "ab" + "e\u0301" + "cd" + "\xff" + "ef"
	var b OffsetBuilder
	b.Keep("ab")
	b.Replace(3, "é") // 2 bytes
	b.Keep("cd")
	b.Replace(1, "\uFFFD") // 3 bytes
	b.Keep("ef")
	text, m := b.Result()
	if want := "abécd\uFFFDef"; text != want {
		t.Fatalf("text = %q, want %q", text, want)
	}
	tests := []struct {
		norm Span
		raw  string
	}{
		{Span{0, 2}, "ab"},
		{Span{0, 4}, "abe\u0301"},
		{Span{2, 4}, "e\u0301"},
		{Span{4, 6}, "cd"},
		{Span{6, 9}, "\xff"},
		{Span{9, 11}, "ef"},
		{Span{3, 5}, "e\u0301c"}, // starts inside é: keeps it whole
		{Span{0, len(text)}, raw},
	}
	for _, tt := range tests {
		got := m.SpanToRaw(tt.norm).In(raw)
		if got != tt.raw {
			t.Errorf("SpanToRaw(%v) covers %q, want %q", tt.norm, got, tt.raw)
		}
	}
}
