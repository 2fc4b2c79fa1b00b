#!/usr/bin/env bash
# Create .venv with a Python >= 3.12 and install Parley into it (with extras given as $1).
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

find_python() {
    local cand
    for cand in "${PARLEY_PYTHON:-}" python3.13 python3.12 python3; do
        [ -n "$cand" ] || continue
        if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            command -v "$cand"; return 0
        fi
    done
    # pyenv keeps versions that its shims only answer for when selected; look at them directly
    local root
    root="$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")"
    for cand in "$root"/versions/3.1[2-9]*/bin/python3.1[2-9] "$root"/versions/3.1[2-9]*/bin/python3; do
        if [ -x "$cand" ] && "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            echo "$cand"; return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    if ! py="$(find_python)"; then
        echo "Parley needs Python 3.12 or newer and found none on PATH or under pyenv." >&2
        echo "Install one (e.g. 'pyenv install 3.12', or 'apt-get install python3.12 python3.12-venv') or set PARLEY_PYTHON=/path/to/python3.12." >&2
        exit 1
    fi
    echo "using $py" >&2
    rm -rf .venv
    "$py" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
if [ -n "$extras" ]; then
    .venv/bin/python -m pip install --quiet -e ".[$extras]"
else
    .venv/bin/python -m pip install --quiet -e .
fi
