"""The store on a throwaway PostgreSQL server (skipped where no server binary is installed)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.store.db import Store
from tests.store.test_db import _analysis


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    hits = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return hits[-1] if hits else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    pytest.importorskip("psycopg")
    # not under pytest's private tmp dir: the postgres user must be able to reach it
    base = Path(tempfile.mkdtemp(prefix="parley-pg-"))
    data = base / "data"
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(base, "postgres")
    subprocess.run([*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "postgres"], check=True, capture_output=True)
    port = _free_port()
    opts = f"-c listen_addresses=127.0.0.1 -c port={port} -k {base}"
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-w", "-o", opts, "-l", str(base / "log"), "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        pid_file = data / "postmaster.pid"
        if pid_file.exists():
            pid = int(Path(pid_file).read_text().split()[0])
            subprocess.run([*prefix, pg_ctl, "-D", str(data), "-w", "-m", "fast", "stop"], capture_output=True)
            try:
                os.kill(pid, 0)
                os.kill(pid, 15)
            except ProcessLookupError:
                pass
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.postgres
def test_postgres_roundtrip(pg_url: str) -> None:
    store = Store(pg_url)
    store.save(_analysis())
    store.save(_analysis())  # replace in one transaction
    assert store.counts()["events"] == 1
    (rec,) = store.records()
    assert rec["events"][0]["target"]["code"] == "RUSGOV"
