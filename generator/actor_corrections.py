"""Analysts' corrections to the actor list: ``actors.yml`` next to the sources.

Format (every key optional; see docs/actors-yml.md)::

    merge:                 # each list becomes one actor; the first name is its display name
      - [Kim Jong Un, Kim]
    split: [Jordan]        # this name form is never merged with any other form
    ignore: [Ourladyoftheassumptionparish]   # never an actor
    rename:                # display name to use for the actor that has this name form
      Vladimir Putin: Vladimir V. Putin
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .actor_rules import name_key

KEYS = ("merge", "split", "ignore", "rename")


@dataclass(frozen=True)
class Corrections:
    """Validated corrections; names are kept as written, lookups use :func:`name_key`."""

    merge: tuple[tuple[str, ...], ...] = ()
    split: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rename: tuple[tuple[str, str], ...] = ()
    path: str = ""

    @property
    def split_keys(self) -> frozenset[str]:
        return frozenset(name_key(n) for n in self.split)

    @property
    def ignore_keys(self) -> frozenset[str]:
        return frozenset(name_key(n) for n in self.ignore)

    def merge_groups(self) -> list[tuple[str, ...]]:
        """Each merge group as name keys, display name first."""
        return [tuple(name_key(n) for n in group) for group in self.merge]

    def rename_map(self) -> dict[str, str]:
        return {name_key(old): new for old, new in self.rename}


NO_CORRECTIONS = Corrections()


def load_corrections(path: Path | None) -> Corrections:
    """Read and validate ``actors.yml``; a missing file or ``None`` means no corrections.

    Raises ``ValueError("<path>: <key>: <what is wrong>")`` on a malformed file.
    """
    if path is None or not Path(path).is_file():
        return NO_CORRECTIONS
    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{where}: not valid YAML{line}: {getattr(exc, 'problem', None) or exc}") from None
    except UnicodeDecodeError:
        raise ValueError(f"{where}: not UTF-8 text") from None
    return parse_corrections(data, where)


def parse_corrections(data: object, where: str = "actors.yml") -> Corrections:
    """Validate already-parsed YAML ``data`` (see :func:`load_corrections`)."""
    if data is None:
        return Corrections(path=where)
    if not isinstance(data, dict):
        raise ValueError(f"{where}: top level: expected a mapping with keys {', '.join(KEYS)}")
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        raise ValueError(f"{where}: {unknown[0]}: unknown key (allowed: {', '.join(KEYS)})")
    merge = tuple(
        tuple(_names(group, where, f"merge[{i}]", minimum=2)) for i, group in enumerate(_list(data, "merge", where))
    )
    split = tuple(_names(data.get("split") or [], where, "split"))
    ignore = tuple(_names(data.get("ignore") or [], where, "ignore"))
    rename_data = data.get("rename") or {}
    if not isinstance(rename_data, dict):
        raise ValueError(f"{where}: rename: expected a mapping old name -> new name")
    rename = []
    for old, new in rename_data.items():
        if not _is_name(old) or not _is_name(new):
            raise ValueError(f"{where}: rename: {old!r}: both names must be non-empty strings")
        rename.append((str(old).strip(), str(new).strip()))
    return Corrections(merge=merge, split=split, ignore=ignore, rename=tuple(rename), path=where)


def _list(data: dict, key: str, where: str) -> list:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"{where}: {key}: expected a list")
    return value


def _is_name(value: object) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and bool(name_key(str(value)))


def _names(value: object, where: str, key: str, *, minimum: int = 0) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: {key}: expected a list of names")
    if len(value) < minimum:
        raise ValueError(f"{where}: {key}: needs at least {minimum} names")
    for item in value:
        if not _is_name(item):
            raise ValueError(f"{where}: {key}: {item!r} is not a name (expected non-empty text)")
    return [str(item).strip() for item in value]
