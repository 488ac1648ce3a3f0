package read

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of a file is looked at to tell text from binary.
const sniffLen = 8 << 10

// binary reports whether data looks like something other than text: it has
// a NUL byte, or its first bytes do (mostlyControl).
func binary(data []byte) bool {
	return bytes.IndexByte(data, 0) >= 0 || mostlyControl(data)
}

// mostlyControl reports whether more than a tenth of data's first bytes are
// control characters other than white space and escape, or more than a
// third are not UTF-8. Unlike binary, a stray NUL byte does not decide it.
func mostlyControl(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	ctrl, bad := 0, 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && n == 1 && len(head)-i >= utf8.UTFMax:
			bad++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1b:
			ctrl++
		}
		i += n
	}
	return ctrl*10 > len(head) || bad*3 > len(head)
}

// decodeText turns a file's bytes into text: UTF-8, or UTF-16 with a byte
// order mark. It refuses binary data and invalid UTF-8, naming the line.
func decodeText(data []byte) (string, int, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		u, err := dec.Bytes(data)
		if err != nil {
			return "", 0, fmt.Errorf("decode UTF-16: %w", err)
		}
		data = u
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", 0, ErrEmpty
	}
	if binary(data) {
		return "", 0, ErrBinary
	}
	if line, err := checkUTF8(data); err != nil {
		return "", line, err
	}
	return string(data), 0, nil
}

// checkUTF8 returns an error naming the first invalid byte of data and its
// line, if any.
func checkUTF8(data []byte) (int, error) {
	if utf8.Valid(data) {
		return 0, nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			line := bytes.Count(data[:i], []byte("\n")) + 1
			col := i - (bytes.LastIndexByte(data[:i], '\n') + 1) + 1
			return line, fmt.Errorf("%w: byte 0x%02x at offset %d (column %d)", ErrInvalidUTF8, data[i], i, col)
		}
		i += n
	}
	return 0, nil
}
