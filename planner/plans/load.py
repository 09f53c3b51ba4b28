"""Reading plan files (TOML or JSON) into validated models, with German errors that name
the file, the line and the field."""

from __future__ import annotations

import difflib
import json
import re
import stat
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pydantic

from planner.errors import ValidationError
from planner.plans.locate import Lines, json_lines, toml_lines
from planner.plans.schema import FIELD_LABELS
from planner.wording import number

M = TypeVar("M", bound=pydantic.BaseModel)

MAX_BYTES = 5 * 1024 * 1024
MAX_ERRORS_SHOWN = 8


@dataclass
class Source:
    """Where a document came from: file name and the line of each of its keys."""

    name: str
    lines: Lines

    def where(self, loc: tuple[str | int, ...], *, with_name: bool = True) -> str:
        """ "plan.toml, Zeile 12, sessions[2].start (Beginn von Termin 3)"."""
        line = self.lines.line_of(loc)
        parts = [self.name] if with_name else []
        if line is not None:
            parts.append(f"Zeile {line}")
        if loc:
            parts.append(f"{field_path(loc)} ({field_label(loc)})")
        return ", ".join(parts)


def field_path(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


_ITEM_NAMES = {"sessions": "Termin", "agenda": "Programmpunkt", "trainers": "Trainer*in",
               "municipalities": "Kommune", "speakers": "Vortragende*r", "goals": "Ziel",
               "agreed_formats": "Format"}


def field_label(loc: tuple[str | int, ...]) -> str:
    """ "Beginn von Termin 3" for ("sessions", 2, "start")."""
    items = [f"{_ITEM_NAMES.get(str(loc[i - 1]), 'Eintrag')} {part + 1}"
             for i, part in enumerate(loc) if isinstance(part, int) and i]
    if loc and isinstance(loc[-1], int):
        return " von ".join(reversed(items))
    names = [p for p in loc if isinstance(p, str)]
    label = FIELD_LABELS.get(names[-1], names[-1]) if names else "Eintrag"
    return " von ".join([label, *reversed(items)])


def read_document(path: str | Path, model: type[M]) -> tuple[M, Source]:
    """Read and validate a TOML or JSON file ("-": standard input); any problem raises
    one ValidationError."""
    if str(path) == "-":
        data, file = sys.stdin.buffer.read(MAX_BYTES + 1), Path("Standardeingabe")
    else:
        file = Path(path)
        data = _read_file(file)
    if len(data) > MAX_BYTES:
        raise ValidationError(f"{file.name} ist zu groß für eine Plandatei "
                              f"(höchstens {MAX_BYTES // (1024 * 1024)} MB).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"{file.name} ist keine UTF-8-Textdatei.") from None
    return parse_document(text, file.name, model, kind=_kind_of(file, text))


def _read_file(file: Path) -> bytes:
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError(f"{file} ist ein Ordner, keine Plandatei.")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise ValidationError(f"{file} ist keine gewöhnliche Datei.")
        if info.st_size > MAX_BYTES:
            raise ValidationError(f"{file.name} ist zu groß für eine Plandatei "
                                  f"(höchstens {MAX_BYTES // (1024 * 1024)} MB).")
        with file.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"Die Datei {file} gibt es nicht.") from None
    except OSError as exc:
        raise ValidationError(f"{file} kann nicht gelesen werden ({exc.strerror}).") from None
    except ValueError:  # e.g. a NUL character in the name
        raise ValidationError(f"„{str(file)[:80]}“ ist kein gültiger Dateiname.") from None


def _kind_of(file: Path, text: str) -> str:
    suffix = file.suffix.lower()
    if suffix in (".toml", ".json"):
        return suffix[1:]
    return "json" if text.lstrip().startswith(("{", "[")) else "toml"


def parse_document(text: str, name: str, model: type[M], *, kind: str) -> tuple[M, Source]:
    raw = _parse_json(text, name) if kind == "json" else _parse_toml(text, name)
    source = Source(name, json_lines(text) if kind == "json" else toml_lines(text))
    if not isinstance(raw, dict):
        raise ValidationError(f"{name}: Die Datei muss eine Tabelle bzw. ein JSON-Objekt "
                              "enthalten ({…}), keine Liste oder einzelnen Wert.")
    try:
        return model.model_validate(raw), source
    except pydantic.ValidationError as exc:
        raise ValidationError(describe_errors(exc, source, model)) from None


def _parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{name}, Zeile {exc.lineno}, Spalte {exc.colno}: kein gültiges "
                              f"JSON ({exc.msg}).") from None
    except RecursionError:
        raise ValidationError(f"{name}: zu tief verschachtelt.") from None


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


def _parse_toml(text: str, name: str) -> Any:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        where = f"{name}, Zeile {found.group(1)}, Spalte {found.group(2)}" if found else name
        detail = _TOML_POSITION.sub("", message)
        raise ValidationError(f"{where}: kein gültiges TOML ({detail}).") from None
    except RecursionError:
        raise ValidationError(f"{name}: zu tief verschachtelt.") from None


def describe_errors(exc: pydantic.ValidationError, source: Source,
                    model: type[pydantic.BaseModel]) -> str:
    errors = exc.errors(include_url=False)
    if len(errors) == 1:
        return f"{source.where(tuple(errors[0]['loc']))}: {_message(errors[0], model)}."
    errors = sorted(errors, key=lambda e: source.lines.line_of(tuple(e["loc"])) or 0)
    parts = [f"{source.where(tuple(e['loc']), with_name=False)}: {_message(e, model)}"
             for e in errors[:MAX_ERRORS_SHOWN]]
    more = len(errors) - MAX_ERRORS_SHOWN
    tail = f"; und {more} weitere" if more > 0 else ""
    return f"{len(errors)} Fehler in {source.name}: " + "; ".join(parts) + tail + "."


def _fields_at(model: type[pydantic.BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The field names allowed where an unknown key was found (for "meinten Sie …?")."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _shown(value: Any) -> str:
    text = str(value)
    return f"„{text[:60]}“"


def _message(error: Any, model: type[pydantic.BaseModel]) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        return "fehlt"
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        close = difflib.get_close_matches(name, _fields_at(model, tuple(error["loc"])), n=1)
        hint = f" – meinten Sie „{close[0]}“?" if close else ""
        return f"ist kein bekanntes Feld{hint}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "string_type":
        return f"muss ein Text sein, nicht {_shown(value)}"
    if kind == "string_too_short":
        return "darf nicht leer sein"
    if kind == "string_too_long":
        return f"ist zu lang (höchstens {ctx.get('max_length')} Zeichen)"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"muss eine ganze Zahl sein, nicht {_shown(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"muss eine Zahl sein, nicht {_shown(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"muss true oder false sein, nicht {_shown(value)}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        words = {"greater_than_equal": ("ge", "mindestens"), "greater_than": ("gt", "größer als"),
                 "less_than_equal": ("le", "höchstens"), "less_than": ("lt", "kleiner als")}
        key, word = words[kind]
        return f"muss {word} {number(ctx.get(key, 0), 3)} sein, nicht {_shown(value)}"
    if kind == "literal_error":
        expected = str(ctx.get('expected', '')).replace(' or ', ' oder ')
        return f"{_shown(value)} ist nicht erlaubt (erlaubt: {expected})"
    if kind == "list_type":
        return f"muss eine Liste sein ([…]), nicht {_shown(value)}"
    if kind == "too_short":
        return f"braucht mindestens {ctx.get('min_length')} Eintrag/Einträge"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"muss eine Tabelle bzw. ein Objekt sein ({{…}}), nicht {_shown(value)}"
    if kind.startswith(("time", "datetime", "date")):
        return f"{_shown(value)} ist keine gültige Zeitangabe"
    return str(error["msg"])
