#!/usr/bin/env bash
# Install Parley with its development tools and run the whole test suite: ruff, mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh dev
# The store's PostgreSQL test starts a throwaway server; install the server where it is
# missing and we may (as root with apt); otherwise that one test is skipped, saying why.
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; }) \
            || echo "note: could not install postgresql; the PostgreSQL store test will be skipped" >&2
    else
        echo "note: no PostgreSQL server binaries (Debian: apt-get install postgresql); that test will be skipped" >&2
    fi
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/ruff format --check src tests benchmarks
.venv/bin/mypy
.venv/bin/pytest -q "$@"
