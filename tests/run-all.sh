#!/usr/bin/env bash
# Runs every test of GcmBot. The browser tests need Debian's chromium, installed here when missing,
# Node's npm for the Adaptive Cards renderer, and the storage tests Debian's postgresql.
# Prints a last line "N passed, N failed" counted from the test result files.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser test..."
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  export DEBIAN_FRONTEND=noninteractive
  $apt_get update -qq >/dev/null && $apt_get install -y -qq chromium >/dev/null \
    || echo "warning: could not install chromium; the browser test will fail" >&2
fi

# The storage tests start a throwaway PostgreSQL cluster of their own (initdb into a temp folder, as the
# postgres user when run as root); they need Debian's postgresql, and fail saying so without it.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the storage tests..."
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  DEBIAN_FRONTEND=noninteractive $apt_get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq postgresql >/dev/null \
    || echo "error: could not install postgresql; the storage tests will fail" >&2
fi

# The official Adaptive Cards renderer (npm adaptivecards, pinned in tests/card-renderer/package-lock.json)
# draws the Teams cards in chromium for the card renderer test.
if ! command -v npm >/dev/null; then
  echo "Installing Debian's nodejs and npm for the card renderer test..."
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  DEBIAN_FRONTEND=noninteractive $apt_get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq nodejs npm >/dev/null \
    || echo "warning: could not install npm; the card renderer test will fail" >&2
fi
if [ ! -f tests/card-renderer/node_modules/adaptivecards/dist/adaptivecards.min.js ]; then
  echo "Restoring the Adaptive Cards renderer (npm ci)..."
  npm ci --prefix tests/card-renderer --no-audit --no-fund >/dev/null \
    || echo "warning: npm ci failed; the card renderer test will fail" >&2
fi

# The published-app test runs the app as the Dockerfile publishes it. Publishing it here, once, before the suite
# keeps that step out of the test's time limit on a loaded machine. The test uses this output only when it was made
# with the Dockerfile's arguments, and publishes by itself when it was not (or when this step failed).
published="$(mktemp -d "${TMPDIR:-/tmp}/gcmbot-published-XXXXXX")"
trap 'rm -rf "$published"' EXIT
publish_arguments="$(sed -n 's/^RUN dotnet publish \(.*\)-o [^ ]*.*$/\1/p' Dockerfile | head -n 1 | sed 's/[[:space:]]*$//')"
echo "Publishing the app as the Dockerfile does (dotnet publish $publish_arguments)..."
# shellcheck disable=SC2086 # the Dockerfile's arguments, split into words as the shell in the image splits them
if [ -n "$publish_arguments" ] && dotnet publish $publish_arguments -o "$published/app" --nologo >"$published/publish.log" 2>&1; then
  printf '%s\n' "$publish_arguments" > "$published/publish-arguments"
  export GCMBOT_PUBLISHED_APP="$published"
else
  echo "warning: publishing failed; the published-app test will publish by itself. The publish's last lines:" >&2
  tail -n 20 "$published/publish.log" >&2
fi

results="TestResults/run-$$"
rm -rf "$results"
dotnet test GcmBot.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test exited with $status (build or run failure)" >&2; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ]
