#!/usr/bin/env bash
# QGIS's Qt5 -> Qt6 migration checker (scripts/pyqt5_to_pyqt6 in QGIS, PyPI qgis-pyqt5to6) in
# dry-run: it rewrites a copy of the sources, and any change it makes is printed and fails.
# Usage: tools/check_qt6.sh PYQT5TO6 DIR...
set -euo pipefail
checker=$1; shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for dir in "$@"; do
    mkdir -p "$work/$dir"
    cp -r "$dir/." "$work/$dir/"
    find "$work/$dir" -name '__pycache__' -prune -exec rm -rf {} +
    # The checker writes its findings on stderr and returns 1 when it changed a file.
    "$checker" "$work/$dir" > "$work/$dir.out" 2>&1 || true
    grep -v 'only a partial upgrade' "$work/$dir.out" || true
    if ! diff -ru --exclude='__pycache__' "$dir" "$work/$dir" > "$work/$dir.diff"; then
        sed "s|$work/||g" "$work/$dir.diff"
        status=1
    fi
    if grep -q 'ERROR' "$work/$dir.out"; then status=1; fi
done
if [ "$status" -eq 0 ]; then
    echo "Qt6 migration checker: nothing to change in $*"
else
    echo "Qt6 migration checker: the changes above are needed for QGIS 4 (Qt6)" >&2
fi
exit "$status"
