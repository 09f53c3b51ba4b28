"""Registries of declared entries (database settings, workstation preferences): one entry
per key, declared once; a family declares entries that differ by one name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


E = TypeVar("E", bound=Keyed)


class Registry(dict[str, Any]):
    """key -> entry; `add` refuses a key declared before."""

    def add(self, entry: E) -> E:
        if entry.key in self:
            raise ValueError(f"{entry.key!r} is declared twice")
        self[entry.key] = entry
        return entry

    def family(self, pattern: str, make: Callable[[str, str], E]) -> Callable[[str], E]:
        """Entries `pattern.format(name)`, made by `make(key, name)` on first use."""

        def entry(name: str) -> E:
            key = pattern.format(name)
            found: E | None = self.get(key)
            return found if found is not None else self.add(make(key, name))

        return entry
