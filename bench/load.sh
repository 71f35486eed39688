#!/usr/bin/env bash
# Issue #11's side-by-side measurements in one run: Azurite (in memory), a generated store, the dev host on it
# and a bare ASP.NET Core endpoint, driven with wrk on loopback for a bounded time; prints each target beside
# its floor. Everything it starts is stopped on exit. Settings (environment):
#   CLAIMS=10000  size of the generated store      DURATION=10s  each wrk run (after a 2 s warm-up)
#   CONNECTIONS=32 wrk connections                  RUNS=7        uncached reads per route
#   SOURCES=20    sources rewritten for the write rate
#   ONLY=writes   skip the HTTP measurements (dev host, bare endpoint, wrk, uncached reads): the store and write rates only
set -euo pipefail

CLAIMS=${CLAIMS:-10000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
RUNS=${RUNS:-7}
SOURCES=${SOURCES:-20}
ONLY=${ONLY:-}
SEED=1
PREFIX=bench

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "[load.sh $(date -u +%H:%M:%S)] $*" >&2; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

now_ms() { date +%s%3N; }

# Polls until the URL answers 200 with a body containing $2, or fails after $3 seconds.
wait_for() {
  local url=$1 expect=$2 deadline=$(( $(date +%s) + $3 ))
  until curl -sf "$url" 2>/dev/null | grep -q -- "$expect"; do
    if (( $(date +%s) > deadline )); then
      say "gave up waiting for $url"
      return 1
    fi
    sleep 0.02
  done
}

# Runs wrk after a warm-up; prints "requests/s p50-ms non-2xx".
drive() {
  local url=$1 connections=$2 threads=$3
  wrk -t"$threads" -c"$connections" -d2s "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$DURATION" --latency "$url" > "$WORK/wrk.txt"
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
               p50 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : unit == "m" ? v * 60000 : v }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "%.0f %.2f %d\n", rps, p50, bad + 0 }' "$WORK/wrk.txt"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "n/a"), a / b }'; }

if ! command -v wrk >/dev/null; then
  say "installing wrk"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get install -y -qq wrk >&2 || { $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq wrk >&2; }
fi
[ -x node_modules/.bin/azurite ] || { say "run 'npm ci' first (Azurite)"; exit 1; }

say "building (Release)"
for project in src/FactApi.DevHost src/FactApi.Cli bench/BareEndpoint bench/FactApi.Bench; do
  dotnet build -c Release --nologo -v q "$project" >&2
done

BLOB=$(free_port); QUEUE=$(free_port); TABLE=$(free_port); API=$(free_port); BARE=$(free_port)
KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BLOB/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE/devstoreaccount1;"

say "starting Azurite on $BLOB/$QUEUE/$TABLE"
node_modules/.bin/azurite --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --silent \
  --blobHost 127.0.0.1 --blobPort "$BLOB" --queueHost 127.0.0.1 --queuePort "$QUEUE" --tableHost 127.0.0.1 --tablePort "$TABLE" \
  > "$WORK/azurite.log" 2>&1 &
PIDS+=($!)
deadline=$(( $(date +%s) + 30 ))
until curl -s "http://127.0.0.1:$TABLE/" >/dev/null 2>&1; do
  (( $(date +%s) <= deadline )) || { say "Azurite did not start"; cat "$WORK/azurite.log" >&2; exit 1; }
  sleep 0.1
done

say "generating a store of $CLAIMS claims"
started=$(now_ms)
dotnet src/FactApi.Cli/bin/Release/net10.0/factapi.dll generate --claims "$CLAIMS" --seed "$SEED" --connection "$CONN" --prefix "$PREFIX" | tee "$WORK/generate.txt" >&2
GENERATE_S=$(awk -v ms=$(( $(now_ms) - started )) 'BEGIN { printf "%.0f", ms / 1000 }')
# "Wrote ... (seed 1, as one load, 60801 entities) in 56.2 s."
LOAD_EPS=$(sed -n 's/.* \([0-9]*\) entities) in \([0-9.]*\) s\./\1 \2/p' "$WORK/generate.txt" | awk '{ printf "%.0f", $1 / $2 }')
eval "$(dotnet bench/FactApi.Bench/bin/Release/net10.0/FactApi.Bench.dll targets "$CLAIMS" "$SEED")"

if [ "$ONLY" != writes ]; then
  say "starting the dev host on $API"
  started=$(now_ms)
  AzureWebJobsStorage="$CONN" FactApi__TablePrefix=$PREFIX FactApi__RefreshOnStart=false \
    Logging__LogLevel__Default=Warning DevHost__RateLimits__Ask=100000000 \
    dotnet src/FactApi.DevHost/bin/Release/net10.0/FactApi.DevHost.dll --urls "http://127.0.0.1:$API" > "$WORK/devhost.log" 2>&1 &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$API/api/actors/$ACTOR_ID" "\"claimCount\":$ACTOR_CLAIMS" 60 || { cat "$WORK/devhost.log" >&2; exit 1; }
  START_MS=$(( $(now_ms) - started ))

  say "starting the bare endpoint on $BARE"
  Logging__LogLevel__Default=Warning dotnet bench/BareEndpoint/bin/Release/net10.0/BareEndpoint.dll --urls "http://127.0.0.1:$BARE" > "$WORK/bare.log" 2>&1 &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$BARE/status" '"ok"' 30

  BARE_BYTES=$(curl -s "http://127.0.0.1:$BARE/status" | wc -c)
  ACTOR_BYTES=$(curl -s "http://127.0.0.1:$API/api/actors/$ACTOR_ID" | wc -c)
  SPEAKER_BYTES=$(curl -s "http://127.0.0.1:$API/api/claims?speaker=$SPEAKER" | wc -c)
  say "driving each with wrk ($CONNECTIONS connections, $DURATION)"
  read -r BARE1_RPS _ _ < <(drive "http://127.0.0.1:$BARE/status" "$CONNECTIONS" 2)
  read -r ACTOR_RPS _ ACTOR_BAD < <(drive "http://127.0.0.1:$API/api/actors/$ACTOR_ID" "$CONNECTIONS" 2)
  read -r SPEAKER_RPS _ SPEAKER_BAD < <(drive "http://127.0.0.1:$API/api/claims?speaker=$SPEAKER" "$CONNECTIONS" 2)
  read -r BARE2_RPS _ _ < <(drive "http://127.0.0.1:$BARE/status" "$CONNECTIONS" 2)
  BARE_RPS=$(( (BARE1_RPS + BARE2_RPS) / 2 ))
  ASK_URL="http://127.0.0.1:$API/api/ask?q=$QUESTION&asOf=2026-01-01"
  curl -sf "$ASK_URL" | grep -q '"answered":true' || say "warning: the /api/ask question was not answered: $(curl -s "$ASK_URL" | head -c 300)"
  read -r _ ASK_P50 ASK_BAD < <(drive "$ASK_URL" 1 1)

  say "uncached reads ($RUNS per route) beside raw Azure.Data.Tables round trips"
  eval "$(dotnet bench/FactApi.Bench/bin/Release/net10.0/FactApi.Bench.dll uncached "http://127.0.0.1:$API/" "$CONN" "$PREFIX" "$ACTOR_ID" "$SPEAKER" "$RUNS")"
fi

say "write rates: $SOURCES changed sources through the refresh's writer beside a raw batched insert"
eval "$(dotnet bench/FactApi.Bench/bin/Release/net10.0/FactApi.Bench.dll writes "$CONN" "$PREFIX" "$CLAIMS" "$SEED" "$SOURCES")"

LOAD=$(uptime | sed 's/.*load average: //')
CORES=$(nproc)
WRITE_ROWS=$(cat <<EOF
| refresh write rate ($SOURCES changed sources written together, $REFRESH_ENTITIES entities) | $REFRESH_EPS entities/s | batched bulk insert $BULK_EPS entities/s | $(ratio "$REFRESH_EPS" "$BULK_EPS")× | ≥ 2,000 entities/s |
| refresh write rate ($SOURCES changed sources one by one, $EACH_ENTITIES entities) | $EACH_EPS entities/s | batched bulk insert $BULK_EPS entities/s | $(ratio "$EACH_EPS" "$BULK_EPS")× | ≥ 2,000 entities/s |
| refresh write rate ($SOURCES changed single articles, 8 at once as the queue trigger runs them, $CONCURRENT_ENTITIES entities) | $CONCURRENT_EPS entities/s | batched bulk insert $BULK_EPS entities/s | $(ratio "$CONCURRENT_EPS" "$BULK_EPS")× | ≥ 2,000 entities/s |
| every fact of $SOURCES sources revised, written together ($REVISED_ENTITIES entities) | $REVISED_EPS entities/s | Azurite's batched upsert of them into the store $BULK_STORE_EPS entities/s | $(ratio "$REVISED_EPS" "$BULK_STORE_EPS")× | |
| bulk load of the whole store (\`factapi generate\`, one load) | $LOAD_EPS entities/s | batched bulk insert $BULK_EPS entities/s | $(ratio "$LOAD_EPS" "$BULK_EPS")× | ≥ 2,000 entities/s |
| refresh of the same sources unchanged | $UNCHANGED_WRITES writes | | | 0 writes |
EOF
)
if [ "$ONLY" = writes ]; then
  cat <<EOF

bench/load.sh (ONLY=writes) — $(date -u +%Y-%m-%dT%H:%MZ), $CORES cores, load average $LOAD (1/5/15 min)
store: $CLAIMS claims (seed $SEED), generated in ${GENERATE_S} s

| what | FactApi | floor | ratio | target |
|---|---|---|---|---|
$WRITE_ROWS

write requests per changed source: $REFRESH_REQUESTS_PER_SOURCE together, $EACH_REQUESTS_PER_SOURCE one by one, $CONCURRENT_REQUESTS_PER_SOURCE eight at once, $REVISED_REQUESTS_PER_SOURCE revised; one partition query on the claims table: $QUERY_MS ms
EOF
  exit 0
fi

cat <<EOF

bench/load.sh — $(date -u +%Y-%m-%dT%H:%MZ), $CORES cores, load average $LOAD (1/5/15 min)
store: $CLAIMS claims (seed $SEED), generated in ${GENERATE_S} s; wrk -c$CONNECTIONS -t2 -d$DURATION on loopback

| what | FactApi | floor | ratio | target |
|---|---|---|---|---|
| throughput, cached \`/api/actors/{id}\` | $ACTOR_RPS req/s | bare endpoint $BARE_RPS req/s | $(ratio "$ACTOR_RPS" "$BARE_RPS")× | ≥ 0.5× |
| throughput, cached \`/api/claims?speaker=\` | $SPEAKER_RPS req/s | bare endpoint $BARE_RPS req/s | $(ratio "$SPEAKER_RPS" "$BARE_RPS")× | ≥ 0.5× |
| first read after a change, \`/api/actors/{id}\` (median of $RUNS) | $UNCACHED_ACTOR_MS ms | raw Azure.Data.Tables $RAW_ACTOR_MS ms | $(ratio "$UNCACHED_ACTOR_MS" "$RAW_ACTOR_MS")× | ≤ 1.3× |
| first read after a change, \`/api/claims?speaker=\` (median of $RUNS) | $UNCACHED_SPEAKER_MS ms | raw Azure.Data.Tables $RAW_SPEAKER_MS ms | $(ratio "$UNCACHED_SPEAKER_MS" "$RAW_SPEAKER_MS")× | ≤ 1.3× |
$WRITE_ROWS
| dev host start to first correct answer | $START_MS ms | | | ≤ 2,000 ms |
| \`/api/ask\` p50, one connection | $ASK_P50 ms | | | ≤ 5 ms |

body sizes: bare $BARE_BYTES B, actor profile $ACTOR_BYTES B, claims page $SPEAKER_BYTES B; non-2xx answers under load: actors $ACTOR_BAD, claims $SPEAKER_BAD, ask $ASK_BAD
write requests per changed source: $REFRESH_REQUESTS_PER_SOURCE together, $EACH_REQUESTS_PER_SOURCE one by one, $CONCURRENT_REQUESTS_PER_SOURCE eight at once, $REVISED_REQUESTS_PER_SOURCE revised; one partition query on the claims table: $QUERY_MS ms
EOF
