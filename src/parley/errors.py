"""Parley's exception tree.

ParleyError
├── InputError        – a file or record could not be read (names the file and line)
├── ConfigError       – a setting, model name or dictionary is wrong
├── KnowledgeError    – a knowledge-base or codebook file is malformed
└── StoreError        – the database could not be opened, migrated or written
"""

from __future__ import annotations


class ParleyError(Exception):
    """Root of every error Parley raises on purpose."""


class InputError(ParleyError):
    """An input file or record cannot be read; the message names it and says what to do."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        where = source + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.source = source
        self.line = line
        self.reason = message


class ConfigError(ParleyError):
    """A setting, model name or user dictionary is invalid."""


class KnowledgeError(ParleyError):
    """A bundled or user knowledge file (codebook, lexicon, actor data) is malformed."""


class StoreError(ParleyError):
    """The database could not be opened, migrated, read or written."""


__all__ = ["ConfigError", "InputError", "KnowledgeError", "ParleyError", "StoreError"]
