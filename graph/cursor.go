package graph

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
)

// Cursors are opaque to clients. Every list is in a total order, so a
// cursor is the position after which the next page starts.

const cursorPrefix = "off:"

// EncodeCursor returns the cursor of the item at offset (0-based).
func EncodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// DecodeCursor returns the offset a cursor stands for; "" is -1 (before the
// first item). A cursor not made by EncodeCursor is ErrInvalid.
func DecodeCursor(c string) (int, error) {
	if c == "" {
		return -1, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil && strings.HasPrefix(string(b), cursorPrefix) {
		if n, err := strconv.Atoi(strings.TrimPrefix(string(b), cursorPrefix)); err == nil && n >= 0 {
			return n, nil
		}
	}
	return 0, fmt.Errorf("cursor %q: %w", c, ErrInvalid)
}

// Bounds returns where a page starts in its list (the offset after the
// cursor) and how many items it holds at most (First, DefaultPageSize when
// not set, clamped to MaxPageSize): a store that pages in its query knows
// them before the total. A cursor not made by EncodeCursor is ErrInvalid.
func (p Page) Bounds() (offset, size int, err error) {
	after, err := DecodeCursor(p.After)
	if err != nil {
		return 0, 0, err
	}
	size = p.First
	if size <= 0 {
		size = DefaultPageSize
	}
	return after + 1, min(size, MaxPageSize), nil
}

// Window resolves a Page against a list of total items: the half-open range
// [start, end) to return and the page's PageInfo (see Bounds). Stores use
// it so that every backend pages alike.
func (p Page) Window(total int) (start, end int, info PageInfo, err error) {
	offset, size, err := p.Bounds()
	if err != nil {
		return 0, 0, PageInfo{}, err
	}
	start = min(offset, total)
	end = min(start+size, total)
	info = PageInfo{TotalCount: total, HasNextPage: end < total}
	if end > start {
		info.StartCursor = EncodeCursor(start)
		info.EndCursor = EncodeCursor(end - 1)
	}
	return start, end, info, nil
}
