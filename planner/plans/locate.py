"""Line numbers of keys and list items in a TOML or JSON text, for error messages.

Neither `tomllib` nor `json` report where a value stands. These scanners follow the
structure of a text the parser has already accepted and note the line on which each key
and each list element begins, as a path like ("sessions", 2, "start"). They are lenient:
on anything unexpected they stop, and the lines found so far still help.
"""

from __future__ import annotations

import bisect
from typing import Any

Path = tuple[str | int, ...]


class Lines:
    """Line numbers by path; `line_of` falls back to the nearest enclosing entry."""

    def __init__(self, lines: dict[Path, int]) -> None:
        self._lines = lines

    def line_of(self, path: Path) -> int | None:
        for end in range(len(path), 0, -1):
            found = self._lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return None


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.found: dict[Path, int] = {}
        # Where each line break is: a line number is a binary search, even in large files.
        self._breaks = [n for n, ch in enumerate(text) if ch == "\n"]

    @property
    def line(self) -> int:
        return bisect.bisect_left(self._breaks, self.pos) + 1

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos:self.pos + n]

    def note(self, path: Path) -> None:
        self.found.setdefault(path, self.line)

    def skip_spaces(self, newlines: bool, comments: str | None) -> None:
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch in " \t\r" or (newlines and ch == "\n"):
                self.pos += 1
            elif comments and ch == comments:
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end
            else:
                return

    def skip_string(self) -> str:
        """Skip a quoted string (JSON, or TOML basic/literal, single or multi-line)."""
        quote = self.text[self.pos]
        if self.peek(3) == quote * 3:
            end = self.text.find(quote * 3, self.pos + 3)
            end = len(self.text) if end < 0 else end + 3
            while self.text[end:end + 1] == quote:  # up to two quotes may end the content
                end += 1
            self.pos = end
            return ""
        start = self.pos + 1
        self.pos += 1
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\" and quote == '"':
                self.pos += 2
                continue
            self.pos += 1
            if ch == quote:
                break
        raw = self.text[start:self.pos - 1]
        if quote == '"' and "\\" in raw:
            import json

            try:
                return str(json.loads(f'"{raw}"'))
            except ValueError:
                return raw
        return raw


def _array(s: _Scanner, path: Path, value: Any, comment: str | None) -> None:
    """The elements of a list whose `[` was read, each noted at the line it starts on."""
    index = 0
    while True:
        s.skip_spaces(True, comment)
        ch = s.peek()
        if ch in ("", "]"):
            s.pos += len(ch)
            return
        if ch == ",":
            s.pos += 1
            index += 1
            continue
        s.note((*path, index))
        value(s, (*path, index))


def _pair(s: _Scanner, path: Path, read_key: Any, separator: str, value: Any,
          newlines: bool) -> bool:
    """One `key = value` / `"key": value`; every prefix of a dotted key is noted."""
    line = s.line
    key = read_key(s)
    if not key:
        return False
    for end in range(1, len(key) + 1):
        s.found.setdefault((*path, *key[:end]), line)
    s.skip_spaces(newlines, None)
    if s.peek() != separator:
        return False
    s.pos += 1
    value(s, (*path, *key))
    return True


def _table(s: _Scanner, path: Path, read_key: Any, separator: str, value: Any,
           newlines: bool) -> None:
    """The pairs of an object / inline table whose `{` was read."""
    while True:
        s.skip_spaces(newlines, None)
        ch = s.peek()
        if ch in ("", "}"):
            s.pos += len(ch)
            return
        if ch == ",":
            s.pos += 1
            continue
        if not _pair(s, path, read_key, separator, value, newlines):
            return


def json_lines(text: str) -> Lines:
    scanner = _Scanner(text)
    try:
        _json_value(scanner, ())
    except (IndexError, RecursionError):  # the lines found so far still help
        pass
    return Lines(scanner.found)


def _json_key(s: _Scanner) -> tuple[str, ...]:
    return (s.skip_string(),) if s.peek() == '"' else ()


def _json_value(s: _Scanner, path: Path) -> None:
    s.skip_spaces(True, None)
    ch = s.peek()
    if ch == "{":
        s.pos += 1
        _table(s, path, _json_key, ":", _json_value, True)
    elif ch == "[":
        s.pos += 1
        _array(s, path, _json_value, None)
    elif ch == '"':
        s.skip_string()
    else:
        while s.pos < len(s.text) and s.text[s.pos] not in ",]}\n \t\r":
            s.pos += 1


_BARE_KEY = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def toml_lines(text: str) -> Lines:
    scanner = _Scanner(text)
    try:
        _toml_document(scanner)
    except (IndexError, RecursionError):  # the lines found so far still help
        pass
    return Lines(scanner.found)


def _toml_key(s: _Scanner) -> tuple[str, ...]:
    parts: list[str] = []
    while True:
        s.skip_spaces(False, None)
        if s.peek() in ('"', "'"):
            parts.append(s.skip_string())
        else:
            start = s.pos
            while s.pos < len(s.text) and s.text[s.pos] in _BARE_KEY:
                s.pos += 1
            if s.pos == start:
                return tuple(parts)
            parts.append(s.text[start:s.pos])
        s.skip_spaces(False, None)
        if s.peek() != ".":
            return tuple(parts)
        s.pos += 1


def _toml_document(s: _Scanner) -> None:
    table: Path = ()
    array_counts: dict[Path, int] = {}

    def resolve(key: tuple[str, ...]) -> Path:
        """A header's path: arrays of tables on the way mean their last element."""
        path: Path = ()
        for part in key:
            path = (*path, part)
            if path in array_counts:
                path = (*path, array_counts[path] - 1)
        return path

    while s.pos < len(s.text):
        s.skip_spaces(True, "#")
        if s.pos >= len(s.text):
            return
        line = s.line
        if s.peek(2) == "[[":
            s.pos += 2
            key = _toml_key(s)
            parent = resolve(key[:-1])
            array = (*parent, key[-1])
            s.found.setdefault(array, line)
            index = array_counts.get(array, 0)
            array_counts[array] = index + 1
            table = (*array, index)
            s.found.setdefault(table, line)
            s.pos = s.text.find("\n", s.pos) if "\n" in s.text[s.pos:] else len(s.text)
        elif s.peek() == "[":
            s.pos += 1
            table = resolve(_toml_key(s))
            s.found.setdefault(table, line)
            s.pos = s.text.find("\n", s.pos) if "\n" in s.text[s.pos:] else len(s.text)
        elif not _pair(s, table, _toml_key, "=", _toml_value, False):
            return


def _toml_value(s: _Scanner, path: Path) -> None:
    s.skip_spaces(False, None)
    ch = s.peek()
    if ch in ('"', "'"):
        s.skip_string()
    elif ch == "[":
        s.pos += 1
        _array(s, path, _toml_value, "#")
    elif ch == "{":
        s.pos += 1
        _table(s, path, _toml_key, "=", _toml_value, False)
    else:
        while s.pos < len(s.text) and s.text[s.pos] not in ",]}\n#":
            s.pos += 1
