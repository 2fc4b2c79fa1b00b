"""User actor dictionaries (YAML/CSV) and legacy PETRARCH/TABARI `.actors`/`.agents` files.

User entries win over built-in ones: they are added with `override=True`.

YAML/CSV entry fields: name, aliases (list, or `;`-separated in CSV), country (ISO alpha-3),
sector (CAMEO agent code), code (full CAMEO code, optional), from, to (YYYY-MM-DD, optional),
kind (person | state | agent; guessed when absent).
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from parley.actors.kb import Entry, KnowledgeBase, add_person
from parley.errors import KnowledgeError


def load_user_dictionary(kb: KnowledgeBase, path: Path) -> int:
    """Add a user dictionary file to the knowledge base; returns the number of entries added."""
    return add_dictionary_text(kb, _read(path), suffix=path.suffix.lower(), origin=str(path))


def add_dictionary_text(kb: KnowledgeBase, text: str, *, suffix: str, origin: str) -> int:
    """Add a dictionary given as text in the format its suffix names."""
    if suffix == ".actors":
        return _add_records(kb, parse_petrarch_actors(text, origin=origin), source="dictionary")
    if suffix == ".agents":
        return _add_records(kb, parse_petrarch_agents(text, origin=origin), source="dictionary")
    if suffix == ".csv":
        rows: list[dict[str, Any]] = list(csv.DictReader(text.splitlines()))
        if rows and "name" not in rows[0]:
            raise KnowledgeError(f"{origin}: a CSV dictionary needs a header with at least 'name'")
        for r in rows:
            r["aliases"] = [a.strip() for a in (r.get("aliases") or "").split(";") if a.strip()]
        return _add_records(kb, rows, source="dictionary")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{origin}: not valid YAML ({e})") from e
    if not isinstance(data, list):
        raise KnowledgeError(f"{origin}: a YAML dictionary must be a list of entries")
    return _add_records(kb, data, source="dictionary")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read dictionary ({e.strerror})") from e


def _add_records(kb: KnowledgeBase, records: list[dict[str, Any]], *, source: str) -> int:
    n = 0
    for rec in records:
        name = str(rec.get("name") or "").strip()
        if not name:
            continue
        kind = rec.get("kind") or _guess_kind(rec)
        aliases = [a for a in rec.get("aliases") or [] if a]
        if kind == "person":
            roles = rec.get("roles") or [
                {
                    "office": rec.get("office") or "",
                    "sector": rec.get("sector") or "",
                    "from": rec.get("from") or None,
                    "to": rec.get("to") or None,
                    "country": rec.get("country") or "",
                }
            ]
            add_person(kb, {"name": name, "aliases": aliases, "country": rec.get("country") or "", "roles": roles}, source=source)
        elif kind == "agent":
            for w in [name, *aliases]:
                kb.add(Entry("agent", w, sector=str(rec.get("sector") or ""), is_person_word=bool(rec.get("person")), source=source), override=True)
        else:
            code = str(rec.get("code") or rec.get("country") or "")
            for w in [name, *aliases]:
                kb.add(
                    Entry(
                        "country" if not rec.get("sector") else "seat",
                        w,
                        code=code[:3] if rec.get("sector") else code,
                        country=str(rec.get("country") or code[:3]),
                        name=name,
                        sector=str(rec.get("sector") or ""),
                        source=source,
                    ),
                    override=True,
                )
        n += 1
    return n


def _guess_kind(rec: dict[str, Any]) -> str:
    if rec.get("roles") or rec.get("from") or rec.get("to") or rec.get("office"):
        return "person"
    if rec.get("sector") and not rec.get("country") and not rec.get("code"):
        return "agent"
    return "state"


# -- PETRARCH / TABARI -------------------------------------------------------------------
_CODE = re.compile(r"\[\s*([~A-Z0-9]+)\s*(?:([<>])?\s*(\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*\]")


def _pdate(raw: str | None) -> date | None:
    if not raw:
        return None
    if len(raw) == 6:  # YYMMDD as TABARI wrote them
        yy = int(raw[:2])
        raw = ("19" if yy > 30 else "20") + raw
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        return None


def _phrase(raw: str) -> str:
    return raw.strip().strip("+").rstrip("_").replace("_", " ").strip()


def parse_petrarch_actors(text: str, *, origin: str) -> list[dict[str, Any]]:
    """Parse a PETRARCH/TABARI `.actors` file into dictionary records.

    An actor block is a name line (`DONALD_TRUMP_ [USAGOV 20170120-20210120]`), `+SYNONYM`
    lines, and optional `[CODE date-range]` lines; `>date` means from, `<date` until.
    """
    records: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise KnowledgeError(f"{origin}:{n}: synonym line before any actor")
            current["aliases"].append(_phrase(stripped))
            continue
        codes = _CODE.findall(stripped)
        if stripped.startswith("["):
            if current is None:
                raise KnowledgeError(f"{origin}:{n}: code line before any actor")
        else:
            name = _phrase(_CODE.sub("", stripped))
            if not name:
                raise KnowledgeError(f"{origin}:{n}: cannot read an actor name")
            current = {"name": name.title() if name.isupper() else name, "aliases": [], "roles": [], "codes": []}
            records.append(current)
        for code, rel, d1, d2 in codes:
            start, end = _pdate(d1), _pdate(d2)
            if rel == "<":
                start, end = None, start
            current["codes"].append({"code": code, "from": start, "to": end})  # type: ignore[index]
    return [_petrarch_record(r) for r in records if r["codes"]]


def _petrarch_record(r: dict[str, Any]) -> dict[str, Any]:
    codes = r["codes"]
    dated = any(c["from"] or c["to"] for c in codes)
    first = codes[0]["code"]
    if dated or (len(first) > 3 and not first.startswith("IGO")):
        roles = [{"office": c["code"], "sector": c["code"][3:6], "country": c["code"][:3], "from": c["from"], "to": c["to"]} for c in codes]
        return {"name": r["name"], "aliases": r["aliases"], "kind": "person", "country": first[:3], "roles": roles}
    return {"name": r["name"], "aliases": r["aliases"], "kind": "state", "code": first, "country": "" if first.startswith("IGO") else first[:3]}


def parse_petrarch_agents(text: str, *, origin: str) -> list[dict[str, Any]]:
    """Parse a PETRARCH `.agents` file: `PRESIDENT_ [~GOV]`, optional `{PLURAL}` forms."""
    out: list[dict[str, Any]] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.search(r"\[\s*~?([A-Z]{3})\s*\]", line)
        if m is None:
            continue
        head = line[: line.index("[")]
        plurals = re.findall(r"\{([^}]*)\}", line)  # before or after the code
        name = _phrase(re.sub(r"\{[^}]*\}", "", head))
        if not name:
            raise KnowledgeError(f"{origin}:{n}: cannot read the agent phrase")
        aliases = [_phrase(p) for p in plurals if _phrase(p)]
        out.append({"name": name.lower(), "aliases": [a.lower() for a in aliases], "kind": "agent", "sector": m.group(1)})
    return out
