package graph

import (
	"errors"
	"testing"
)

func TestPageBounds(t *testing.T) {
	tests := []struct {
		name         string
		p            Page
		offset, size int
		wantErr      bool
	}{
		{"first page, default size", Page{}, 0, DefaultPageSize, false},
		{"negative first is the default", Page{First: -3}, 0, DefaultPageSize, false},
		{"first", Page{First: 7}, 0, 7, false},
		{"after a cursor", Page{First: 7, After: EncodeCursor(9)}, 10, 7, false},
		{"clamped", Page{First: MaxPageSize + 1}, 0, MaxPageSize, false},
		{"forged cursor", Page{After: "bogus!"}, 0, 0, true},
		{"cursor of another kind", Page{After: "b2ZmOi0x"}, 0, 0, true}, // "off:-1"
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offset, size, err := tt.p.Bounds()
			if tt.wantErr {
				if !errors.Is(err, ErrInvalid) {
					t.Errorf("%+v.Bounds() error = %v, want ErrInvalid", tt.p, err)
				}
				return
			}
			if err != nil || offset != tt.offset || size != tt.size {
				t.Errorf("%+v.Bounds() = %d, %d, %v; want %d, %d", tt.p, offset, size, err, tt.offset, tt.size)
			}
		})
	}
}
