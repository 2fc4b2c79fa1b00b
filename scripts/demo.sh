#!/usr/bin/env bash
# Install Parley and run its main job: analyse the bundled example corpus into the
# embedded SQLite store (parley.db) and print the report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
.venv/bin/parley analyze examples/corpus --db sqlite:///parley.db --out parley-example.jsonl
.venv/bin/parley report --db sqlite:///parley.db
