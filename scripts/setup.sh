#!/usr/bin/env bash
# Idempotent set-up: Debian packages (when root), then .venv with pinned requirements.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done < scripts/system-packages.txt

if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "Cài gói hệ thống: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Thiếu gói hệ thống: ${missing[*]}" >&2
        echo "Hãy chạy: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

PYTHON=${PYTHON:-python3.11}
if ! command -v "$PYTHON" >/dev/null; then
    echo "Không tìm thấy $PYTHON. Cần Python 3.11 (gói Debian python3.11 python3.11-venv)." >&2
    exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
# Browser-side parts from the npm registry, pinned by package-lock.json: Decap CMS
# (served by `campaign admin`, nothing from a CDN) and axe-core (accessibility tests).
if [[ -f package-lock.json ]]; then
    if ! command -v npm >/dev/null; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
        else
            echo "Thiếu npm: hãy chạy sudo apt-get install nodejs npm" >&2
            exit 1
        fi
    fi
    if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
        npm ci --no-audit --no-fund --loglevel=error
        touch node_modules
    fi
fi
touch .venv/.installed
