#!/usr/bin/env bash
# Bounded soak (not part of dotnet test): publishes GcmBot, starts it on 127.0.0.1 with the local chat,
# Discord interactions and Teams (Emulator mode) on, and holds all three endpoints at a fixed rate for
# N minutes, sampling resident memory and /readyz every 10 s. Fakes for Discord and the Teams Connector
# run inside the soak on 127.0.0.1; nothing else is contacted. Stops by itself (30 minutes at most).
#
#   tests/soak/soak.sh [minutes=3] [requests per second per endpoint=20]
#
# Exit 0 when there were no errors, no skipped requests, no lost Teams replies and /readyz stayed 200.
set -euo pipefail
cd "$(dirname "$0")/../.."

minutes="${1:-3}"
rate="${2:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Publishing GcmBot (Release)..."
dotnet publish src/GcmBot -c Release -o "$work/app" --nologo -v quiet
dotnet build tests/soak/GcmBot.Soak -c Release -o "$work/soak" --nologo -v quiet

# A hard stop well past the soak's own end, in case anything hangs.
limit=$(awk -v m="$minutes" 'BEGIN { if (m > 30) m = 30; printf "%d", (m + 5) * 60 }')
timeout --kill-after=30 "$limit" dotnet "$work/soak/GcmBot.Soak.dll" --app "$work/app/GcmBot.dll" --minutes "$minutes" --rate "$rate"
