"""SQLite analysis cache: content hash + model + pipeline version -> serialised spaCy Doc.

Also caches corpus-wide results keyed by the hashes of everything they read (for
example a lineage comparison keyed by both documents' hashes), so a rebuild after
one edited source redoes only the work that source touches.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

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
    """A small key-value cache in one SQLite file (``path=None``: disabled, stores nothing)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False)
            self._db.executescript(_SCHEMA)

    def get_doc(self, sha256: str, model: str) -> bytes | None:
        if self._db is None:
            self.misses += 1
            return None
        row = self._db.execute(
            "SELECT doc FROM analysis WHERE sha256 = ? AND model = ?", (sha256, model)
        ).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def put_doc(self, sha256: str, model: str, data: bytes) -> None:
        if self._db is None:
            return
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO analysis (sha256, model, doc) VALUES (?, ?, ?)",
                (sha256, model, data),
            )

    def get(self, kind: str, key: str) -> bytes | None:
        if self._db is None:
            return None
        row = self._db.execute("SELECT value FROM result WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return None if row is None else row[0]

    def put(self, kind: str, key: str, value: bytes) -> None:
        if self._db is None:
            return
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO result (kind, key, value) VALUES (?, ?, ?)", (kind, key, value)
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
