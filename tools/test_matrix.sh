#!/usr/bin/env bash
# `make test-matrix`: the whole suite on the host's QGIS, then inside Debian chroots that carry
# newer QGIS releases (Debian 13: QGIS 3.40; Debian testing: QGIS 3.44), each as `make test`.
#
# The chroots are built with debootstrap from Debian's packages and cached outside the clone
# (RP_MATRIX_CACHE, default /var/cache/resilience-planner) so that fresh clones reuse them.
# A chroot is rebuilt when it is missing or when its recipe (suite, package list) changes.
# The host's pip configuration and CA certificates are copied in; no index address is named here.
#
# Environment:
#   RP_MATRIX_CACHE    where the chroots live (default /var/cache/resilience-planner)
#   RP_MATRIX_TARGETS  which to run, in order (default "host trixie testing")
#   RP_MATRIX_BUILD_ONLY=1   build or refresh the chroots and run nothing
#   APT_PACKAGES       the Debian packages the suite needs (the Makefile passes its own list)
#   PYTEST_ARGS        passed to every run's pytest
#   RP_MATRIX_MAKE     the make target to run in each (default test; e.g. demo, to compare reports)
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${RP_MATRIX_CACHE:-/var/cache/resilience-planner}
TARGETS=${RP_MATRIX_TARGETS:-host trixie testing}
APT_PACKAGES=${APT_PACKAGES:?APT_PACKAGES must name the Debian packages (make test-matrix sets it)}
# What a chroot needs beyond the suite's own packages: make for `make test`, certificates for pip.
CHROOT_EXTRA="make ca-certificates locales"
RECIPE_VERSION=1
CHROOT_VENV=/opt/rp-venv
MAKE_TARGET=${RP_MATRIX_MAKE:-test}
MOUNTED=()

log() { printf '[test-matrix] %s\n' "$*" >&2; }

unmount_all() {
    local index
    for (( index=${#MOUNTED[@]}-1; index>=0; index-- )); do
        umount -l "${MOUNTED[index]}" 2>/dev/null || true
    done
    MOUNTED=()
}
trap unmount_all EXIT
trap 'unmount_all; exit 130' INT TERM

release_mounts_under() {  # anything still mounted inside DIR (a run killed before its clean-up)
    local dir mount_point
    dir=$(readlink -f "$1")
    awk '{print $2}' /proc/self/mounts | grep -F "$dir" | sort -r | while read -r mount_point; do
        case "$mount_point" in "$dir"/* | "$dir") ;; *) continue ;; esac
        umount -l "$mount_point" 2>/dev/null || true
    done
}

remove_tree() {  # rm -rf that never follows a mount into the host's /dev or /proc
    [ -e "$1" ] || return 0
    release_mounts_under "$1"
    rm -rf --one-file-system "${1:?}"
}

bind() {  # bind SOURCE TARGET [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2" || return 1
    MOUNTED+=("$2")
    if [ "${3:-}" = ro ]; then mount -o remount,ro,bind "$2" || return 1; fi
}

mount_system() {  # the kernel file systems a QGIS run needs inside ROOT
    local root=$1
    # ROOT bound onto itself, so that its / is a mount point as on a machine: `unshare --mount` (a test hides
    # folders from one Dask worker in a mount namespace of its own) cannot make / private otherwise.
    bind "$root" "$root" || return 1
    mount -t proc proc "$root/proc" && MOUNTED+=("$root/proc") || return 1
    mount -t sysfs sysfs "$root/sys" && MOUNTED+=("$root/sys") || return 1
    bind /dev "$root/dev" || return 1
    bind /dev/pts "$root/dev/pts" || return 1
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" && MOUNTED+=("$root/dev/shm") || return 1
}

host_mirror() {  # the Debian mirror the host's apt already uses
    local uri
    uri=$(grep -h -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
          | awk '{print $2}' | grep -v -- '-security' | head -n 1)
    [ -n "$uri" ] || uri=$(grep -h -E '^deb ' /etc/apt/sources.list 2>/dev/null \
                           | grep -v -- '-security' | awk '{print $2}' | head -n 1)
    [ -n "$uri" ] || { log "no Debian mirror found in the host's apt sources"; return 1; }
    printf '%s\n' "$uri"
}

suite_of() {  # target name -> Debian suite and what its QGIS is expected to be
    case "$1" in
        trixie) echo trixie ;;
        testing) echo testing ;;
        *) log "unknown target '$1' (known: host trixie testing)"; return 1 ;;
    esac
}

recipe() {  # everything that, if it changes, calls for a new chroot
    printf 'version=%s\nsuite=%s\npackages=%s %s\n' "$RECIPE_VERSION" "$1" "$APT_PACKAGES" "$CHROOT_EXTRA"
}

copy_pip_config() {  # the host's package-index configuration and certificates, as they are
    local root=$1 file
    for file in /etc/pip.conf /etc/xdg/pip /root/.config/pip /root/.pip; do
        if [ -e "$file" ]; then
            mkdir -p "$root$(dirname "$file")"
            rm -rf "${root:?}$file"
            cp -a "$file" "$root$file"
        fi
    done
    if [ -d /usr/local/share/ca-certificates ]; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    fi
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    if [ -x "$root/usr/sbin/update-ca-certificates" ]; then
        chroot "$root" /usr/sbin/update-ca-certificates >/dev/null 2>&1 || true
    fi
}

build_chroot() {  # build_chroot TARGET: debootstrap into a fresh folder, install, swap in
    local target=$1 suite mirror root new sources_opts=""
    suite=$(suite_of "$target") || return 1
    mirror=$(host_mirror) || return 1
    root="$CACHE/$target"
    new="$CACHE/$target.new"
    command -v debootstrap >/dev/null || {
        log "installing debootstrap"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; } >/dev/null \
            || { log "could not install debootstrap"; return 1; }
    }
    log "building the $target chroot (Debian $suite from $mirror) in $new"
    remove_tree "$new"
    mkdir -p "$CACHE"
    # Debian testing has no script of its own in older debootstrap releases; sid's fits it.
    debootstrap --variant=minbase "$suite" "$new" "$mirror" /usr/share/debootstrap/scripts/sid \
        > "$CACHE/$target.build.log" 2>&1 || { log "debootstrap failed: see $CACHE/$target.build.log"; return 1; }
    # Debian testing's Release can look expired to this machine's clock: for that suite only.
    [ "$suite" = testing ] && sources_opts="[check-valid-until=no] "
    printf 'deb %s%s %s main\n' "$sources_opts" "$mirror" "$suite" > "$new/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' > "$new/usr/sbin/policy-rc.d"
    chmod 755 "$new/usr/sbin/policy-rc.d"
    copy_pip_config "$new"
    mount_system "$new" || { unmount_all; return 1; }
    # shellcheck disable=SC2086
    chroot "$new" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $APT_PACKAGES $CHROOT_EXTRA \
               && update-ca-certificates >/dev/null && apt-get clean" \
        >> "$CACHE/$target.build.log" 2>&1
    local status=$?
    unmount_all
    [ $status -eq 0 ] || { log "package installation failed: see $CACHE/$target.build.log"; return 1; }
    recipe "$suite" > "$new/.rp-recipe"
    remove_tree "$root"
    mv "$new" "$root"
    log "built $root"
}

ensure_chroot() {
    local target=$1 suite
    suite=$(suite_of "$target") || return 1
    if [ -f "$CACHE/$target/.rp-recipe" ] && [ "$(cat "$CACHE/$target/.rp-recipe")" = "$(recipe "$suite")" ]; then
        copy_pip_config "$CACHE/$target"   # the host's configuration may have changed since
        return 0
    fi
    build_chroot "$target"
}

closing_lines_of() {  # each pytest run's closing line in a `make test` log
    # tools/run_tests.py starts each run (the engine tests without QGIS, then the tests with QGIS)
    # with "[make test] run N of M: ..."; within a run its own closing line (framed by "=", or bare under
    # pytest -q) is the last one, after
    # any nested pytest's that a failing test printed. A log without those lines is one run.
    awk '/^\[make test\] run [0-9]+ of [0-9]+: / { if (last != "") print last; last = ""; next }
         /^=+ .*(passed|failed|error|skipped|no tests ran).* in [0-9.]+s/ { last = $0 }
         /^[0-9]+ (passed|failed|errors?|skipped|deselected|xfailed|xpassed)[ ,].* in [0-9.]+s/ { last = $0 }  # pytest -q
         END { if (last != "") print last }' "$1"
}

count_in() {  # count_in LINE PATTERN: the number before PATTERN in LINE, or 0
    local found
    found=$(grep -oE "[0-9]+ $2" <<<"$1" | grep -oE '^[0-9]+')
    echo "${found:-0}"
}

summary_of() {  # the counts of a `make test` log: its runs' closing lines, added up
    local line passed=0 failed=0 skipped=0
    while IFS= read -r line; do
        passed=$((passed + $(count_in "$line" 'passed')))
        failed=$((failed + $(count_in "$line" 'failed') + $(count_in "$line" 'errors?')))
        skipped=$((skipped + $(count_in "$line" 'skipped')))
    done < <(closing_lines_of "$1")
    echo "$passed $failed $skipped"
}

qgis_version_in() {  # qgis_version_in ROOT|"" : the QGIS version the Python there imports
    local code='from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])'
    if [ -z "$1" ]; then /usr/bin/python3 -c "$code" 2>/dev/null
    else chroot "$1" /usr/bin/python3 -c "$code" 2>/dev/null; fi
}

copy_tree_into() {  # the working tree (what is on disk, not only what is committed) and ../shared
    local root=$1
    rm -rf "${root:?}/work"
    mkdir -p "$root/work/main"
    tar -C "$REPO" --exclude=./.venv --exclude=./build --exclude=./.git --exclude=./.pytest_cache \
        --exclude=./.ruff_cache --exclude='__pycache__' -cf - . | tar -C "$root/work/main" -xf -
    if [ -d "$REPO/../shared" ]; then
        mkdir -p "$root/work/shared"
        cp -a "$REPO/../shared/." "$root/work/shared/"
        chmod -R a-w "$root/work/shared"
    fi
}

run_target() {  # run_target TARGET LOG: one `make test`, on the host or in a chroot
    local target=$1 logfile=$2 status
    if [ "$target" = host ]; then
        make -C "$REPO" --no-print-directory "$MAKE_TARGET" PYTEST_ARGS="${PYTEST_ARGS:-}" 2>&1 | tee "$logfile"
        return "${PIPESTATUS[0]}"
    fi
    local root="$CACHE/$target"
    release_mounts_under "$root"
    copy_tree_into "$root"
    copy_pip_config "$root"
    mount_system "$root" || { unmount_all; return 1; }
    local pip_env=()
    while IFS= read -r line; do pip_env+=("$line"); done < <(env | grep -E '^PIP_')
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        CI="${CI:-}" RP_REALDATA_REQUIRED="${RP_REALDATA_REQUIRED:-}" "${pip_env[@]}" \
        make -C /work/main --no-print-directory "$MAKE_TARGET" VENV="$CHROOT_VENV" PYTEST_ARGS="${PYTEST_ARGS:-}" \
        2>&1 | tee "$logfile"
    status=${PIPESTATUS[0]}
    unmount_all
    return "$status"
}

main() {
    mkdir -p "$CACHE/logs" || { log "cannot write $CACHE: run as root or set RP_MATRIX_CACHE"; exit 2; }
    # One run at a time: a second one would copy its tree into, and unmount, a chroot still in use.
    exec 9>"$CACHE/.lock"
    if ! flock -n 9; then
        log "another test-matrix run holds $CACHE/.lock; waiting for it"
        flock 9
    fi
    local target failed=0 total_passed=0 total_failed=0 total_skipped=0 lines=()
    for target in $TARGETS; do
        if [ "$target" != host ]; then
            ensure_chroot "$target" || { lines+=("$target: the chroot could not be built"); failed=1; continue; }
        fi
    done
    if [ "${RP_MATRIX_BUILD_ONLY:-0}" = 1 ]; then
        printf '%s\n' "${lines[@]}"
        exit "$failed"
    fi
    for target in $TARGETS; do
        [ "$target" = host ] || [ -f "$CACHE/$target/.rp-recipe" ] || continue
        local suffix="" version status
        [ "$MAKE_TARGET" = test ] || suffix="-$MAKE_TARGET"
        local logfile="$CACHE/logs/$target$suffix.log"
        if [ "$target" = host ]; then version=$(qgis_version_in ""); else version=$(qgis_version_in "$CACHE/$target"); fi
        log "running the suite on QGIS ${version:-?} ($target)"
        run_target "$target" "$logfile"
        status=$?
        if [ "$MAKE_TARGET" != test ]; then
            [ "$status" -eq 0 ] || failed=1
            lines+=("QGIS-${version:-unknown}: make $MAKE_TARGET exit $status ($target, log $logfile)")
            continue
        fi
        read -r passed nfailed skipped < <(summary_of "$logfile")
        total_passed=$((total_passed + passed)); total_failed=$((total_failed + nfailed))
        total_skipped=$((total_skipped + skipped))
        if [ "$status" -ne 0 ] && [ "$nfailed" -eq 0 ]; then nfailed=1; total_failed=$((total_failed + 1)); fi
        [ "$status" -eq 0 ] || failed=1
        lines+=("QGIS-${version:-unknown}: ${passed} passed, ${nfailed} failed, ${skipped} skipped  ($target, exit $status, log $logfile)")
    done
    printf '\nQGIS version matrix\n'
    printf '%s\n' "${lines[@]}"
    if [ "$MAKE_TARGET" = test ]; then
        printf 'matrix: %s passed, %s failed, %s skipped\n' "$total_passed" "$total_failed" "$total_skipped"
    fi
    exit "$failed"
}

# Sourced (as tests/test_run_tests.py does, to check summary_of), it only defines its functions.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then main "$@"; fi
