#!/usr/bin/env bash
# The answerer against articles it was not tuned on: refreshes the probe feed (six invented wire stories under
# pages/, written blind by a helper who never saw the code) into a running Azurite under its own table prefix,
# then asks every question of questions.tsv and prints the expected answer beside the reply.
# Needs Azurite on 127.0.0.1:10002 (see README). Usage: bench/probe/run.sh [TABLE_PREFIX]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="${1:-probe$(date +%s)}"
dotnet build -c Release "$root/src/FactApi.Cli" >&2
cli="$root/src/FactApi.Cli/bin/Release/net10.0/factapi.dll"
dotnet "$cli" refresh --manifest "$here/sources.json" --table-prefix "$prefix" >&2
answered=0; total=0
while IFS=$'\t' read -r question expected article; do
  total=$((total + 1))
  echo "=== [$article] $question   (expected: $expected)"
  reply="$(dotnet "$cli" ask "$question" --table-prefix "$prefix" --as-of 2026-12-01 || true)"
  echo "$reply" | head -2
  case "$reply" in "Not known:"*) ;; *) answered=$((answered + 1)) ;; esac
  echo "[$total questions asked]" >&2
done < <(tail -n +2 "$here/questions.tsv")
echo "asked $total, answered $answered (judge each answer against its expected one above)" >&2
