"""SQLite analysis cache: content hash + model + pipeline version -> serialised spaCy Doc.

Also caches corpus-wide results keyed by the hashes of everything they read (for
example a lineage comparison keyed by both documents' hashes), so a rebuild after
one edited source redoes only the work that source touches.

Only the standard library's :mod:`sqlite3` is used. The file is safe to delete at any
time (``briefing clean`` does); a damaged or foreign file is replaced, never trusted.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("briefing")

#: Bump when the table layout changes; an older file is emptied on open.
SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS analysis (
    sha256 TEXT NOT NULL,
    model TEXT NOT NULL,
    doc BLOB NOT NULL,
    PRIMARY KEY (sha256, model)
);
CREATE TABLE IF NOT EXISTS result (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (kind, key)
);
"""


class Cache:
    """A small key-value cache in one SQLite file (``path=None``: disabled, stores nothing).

    ``hits``/``misses`` count parsed-document look-ups; ``result_hits``/``result_misses``
    count corpus-wide results per ``kind``. Tests and the benchmark read these counters.
    """

    def __init__(self, path: Path | None):
        self.path = path
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.result_hits: Counter[str] = Counter()
        self.result_misses: Counter[str] = Counter()
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = _open(path)
            except sqlite3.DatabaseError as exc:
                log.warning("%s: unreadable analysis cache (%s); starting a new one", path, exc)
                path.unlink(missing_ok=True)
                self._db = _open(path)  # also drops the damaged file's -wal and -shm

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def _fetch(self, sql: str, params: tuple) -> tuple | None:
        """The first row of ``sql``, or None (also when the cache is disabled)."""
        if self._db is None:
            return None
        with self._lock:
            return self._db.execute(sql, params).fetchone()

    # parsed documents -------------------------------------------------------------

    def get_doc(self, sha256: str, model: str) -> bytes | None:
        """The stored Doc bytes for this content hash and model key, or None."""
        row = self._fetch("SELECT doc FROM analysis WHERE sha256 = ? AND model = ?", (sha256, model))
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def put_doc(self, sha256: str, model: str, data: bytes) -> None:
        self.put_docs([(sha256, model, data)])

    def put_docs(self, items: Iterable[tuple[str, str, bytes]]) -> None:
        """Store many ``(sha256, model, bytes)`` in one transaction."""
        if self._db is None:
            return
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO analysis (sha256, model, doc) VALUES (?, ?, ?)", list(items)
            )

    # corpus-wide results ----------------------------------------------------------

    def get(self, kind: str, key: str) -> bytes | None:
        """A stored result of ``kind`` (e.g. ``"lineage-pair"``) under ``key``, or None."""
        row = self._fetch("SELECT value FROM result WHERE kind = ? AND key = ?", (kind, key))
        if row is None:
            self.result_misses[kind] += 1
            return None
        self.result_hits[kind] += 1
        return row[0]

    def put(self, kind: str, key: str, value: bytes) -> None:
        self.put_many(kind, [(key, value)])

    def put_many(self, kind: str, items: Iterable[tuple[str, bytes]]) -> None:
        """Store many ``(key, value)`` results of one kind in one transaction."""
        if self._db is None:
            return
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO result (kind, key, value) VALUES (?, ?, ?)",
                [(kind, k, v) for k, v in items],
            )

    # housekeeping -----------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counters of this session: document hits/misses and result hits/misses."""
        return {
            "doc_hits": self.hits,
            "doc_misses": self.misses,
            "result_hits": sum(self.result_hits.values()),
            "result_misses": sum(self.result_misses.values()),
        }

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _open(path: Path) -> sqlite3.Connection:
    if not path.exists():  # a write-ahead log left by a crash belongs to a deleted file
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            db.executescript("DROP TABLE IF EXISTS analysis; DROP TABLE IF EXISTS result;")
        db.execute("PRAGMA journal_mode=WAL")  # readers never block the one writer
        db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last write is harmless
        db.executescript(_SCHEMA)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.commit()
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db
