#!/usr/bin/env bash
# Runs the whole suite (bash .ci/run) N times in a fresh clone of this repository's committed HEAD,
# as a new user or a new CI machine would, to show that it is green every time.
#
#   tests/stress.sh N [--busy] [--cold]
#
#   --cold  every run starts with empty build outputs (git clean -fdx) and a private, empty NuGet
#           package folder (NUGET_PACKAGES, and the HTTP cache too), so packages are restored afresh.
#   --busy  one `yes > /dev/null` per core runs alongside, stopped when the script ends, however it ends.
#
# Prints one line per run and a total; exits 0 only when every run was green. Logs of red runs are kept.
set -uo pipefail

usage() { echo "usage: tests/stress.sh N [--busy] [--cold]" >&2; exit 2; }
[ $# -ge 1 ] && [[ "$1" =~ ^[1-9][0-9]*$ ]] || usage
runs="$1"; shift
busy=0; cold=0
for option in "$@"; do
  case "$option" in
    --busy) busy=1 ;;
    --cold) cold=1 ;;
    *) usage ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/gcmbot-stress-XXXXXX")"
load=()
cleanup() {
  for pid in "${load[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

git clone --quiet "$repo" "$work/gcmbot" || { echo "could not clone $repo" >&2; exit 1; }
# The clone sits beside a `shared` folder, as the repository does.
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi
echo "stress: $runs run(s) of .ci/run in a fresh clone of $(git -C "$work/gcmbot" rev-parse --short HEAD)$([ $cold = 1 ] && echo ', cold')$([ $busy = 1 ] && echo ", busy ($(nproc) x yes)")"

if [ "$busy" = 1 ]; then
  for _ in $(seq "$(nproc)"); do yes > /dev/null & load+=("$!"); done
fi

kept="${TMPDIR:-/tmp}/gcmbot-stress-logs-$$"
green=0; total_passed=0; total_failed=0
for run in $(seq "$runs"); do
  started=$(date +%s)
  (
    cd "$work/gcmbot" || exit 1
    if [ "$cold" = 1 ]; then
      git clean -fdxq
      export NUGET_PACKAGES="$work/nuget-$run/packages" NUGET_HTTP_CACHE_PATH="$work/nuget-$run/http"
      export MSBUILDDISABLENODEREUSE=1
    fi
    bash .ci/run
  ) > "$work/run.log" 2>&1
  status=$?
  rm -rf "$work/nuget-$run"
  last="$(tail -n 1 "$work/run.log")"
  passed=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' <<<"$last"); failed=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' <<<"$last")
  total_passed=$((total_passed + ${passed:-0})); total_failed=$((total_failed + ${failed:-0}))
  seconds=$(( $(date +%s) - started ))
  if [ "$status" = 0 ] && [ "${failed:-1}" = 0 ]; then
    green=$((green + 1))
    echo "run $run/$runs: green  $last  (${seconds} s)"
  else
    mkdir -p "$kept" && cp "$work/run.log" "$kept/run-$run.log"
    echo "run $run/$runs: RED    $last  (${seconds} s, exit $status; log: $kept/run-$run.log)"
    grep -E '^\s+Failed [A-Za-z]' "$work/run.log" | sed 's/^ */    /'
  fi
done

echo "total: $green/$runs runs green, $total_passed passed, $total_failed failed"
[ "$green" = "$runs" ]
