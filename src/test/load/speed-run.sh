#!/usr/bin/env bash
# The load run of docs/performance.md (issue 14), all figures from one run on loopback:
#   1. start to healthy: the application jar (fresh data folder, demo on) and the bare Boot baseline
#   2. wrk: GET /api/kb/search against GET /api/criteria, same settings, same user (consultant, HTTP Basic)
#   3. wrk: the analysis page against the analyses list page, same settings, same signed-in session
# Needs: target/audit-advisor.jar, src/test/startup-baseline/target/startup-baseline.jar, wrk, curl.
# Usage: src/test/load/speed-run.sh [seconds per wrk run, default 20]
set -euo pipefail
# the same JVM options for the app and the baseline: those of the README and the pom (RUN_OPTIONS= overrides)
RUN_OPTIONS=${RUN_OPTIONS--XX:+ExitOnOutOfMemoryError -XX:+UseParallelGC}
cd "$(dirname "$0")/../../.."
SECONDS_PER_RUN=${1:-20}
APP_PORT=8091
BASE_PORT=8092
PASSWORD=speed-run-password-1
WRK="wrk -t2 -c8 -d${SECONDS_PER_RUN}s"
DATA=$(mktemp -d /tmp/speed-run-data.XXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

millis() { date +%s%3N; }

healthy_after() { # url [curl options...]: ms from now until the url answers {"status":"UP"...}
	local url=$1; shift; local start; start=$(millis)
	until curl -fs "$@" "$url" 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.1; done
	echo $(( $(millis) - start ))
}

echo "load before: $(uptime)"
start=$(millis)
java $RUN_OPTIONS -jar src/test/startup-baseline/target/startup-baseline.jar --server.port=$BASE_PORT > /tmp/speed-run-baseline.log 2>&1 &
pids+=($!)
until curl -fs -u probe:probe-password "http://127.0.0.1:$BASE_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.1; done
echo "baseline start to healthy: $(( $(millis) - start )) ms"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

start=$(millis)
ADVISOR_BOOTSTRAP_PASSWORD=$PASSWORD ADVISOR_DATA_DIR=$DATA java $RUN_OPTIONS -jar target/audit-advisor.jar --server.port=$APP_PORT \
	> /tmp/speed-run-app.log 2>&1 &
pids+=($!)
until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.1; done
echo "application start to healthy: $(( $(millis) - start )) ms (fresh data folder)"
grep -E "Start-up phases|Knowledge-base index built|waited .* for the knowledge|Loaded the demo" /tmp/speed-run-app.log || true
# the demo analyses are loaded after the context is up
until grep -q "Loaded the demo" /tmp/speed-run-app.log; do sleep 0.5; done

BASIC="Authorization: Basic $(printf 'consultant:%s' $PASSWORD | base64)"
API="http://127.0.0.1:$APP_PORT"
ID=$(curl -fs -H "$BASIC" "$API/api/analyses" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
# a signed-in session for the pages: the login form with its CSRF token
JAR=$(mktemp)
CSRF=$(curl -fs -c "$JAR" "$API/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -b "$JAR" -c "$JAR" -o /dev/null -d "username=consultant&password=$PASSWORD&_csrf=$CSRF" "$API/login"
SESSION="Cookie: $(awk '$6 ~ /SESSION|JSESSIONID/ {print $6"="$7}' "$JAR" | paste -sd';' -)"
curl -fs -H "$SESSION" -o /dev/null -w "analysis page %{http_code} %{size_download} bytes\n" "$API/analyses/$ID"
curl -fs -H "$SESSION" -o /dev/null -w "analyses list %{http_code} %{size_download} bytes\n" "$API/analyses"
curl -fs -H "$BASIC" -o /dev/null -w "search %{http_code} %{size_download} bytes\n" "$API/api/kb/search?q=greeting%20the%20guest"

run() { # name url header
	echo "== $1: $WRK -H '${3%%:*}: …' $2"
	$WRK -H "$3" "$2" | grep -E "Requests/sec|Latency|requests in|Non-2xx"
}
# warm-up, then the measured pairs back to back
$WRK -H "$BASIC" "$API/api/kb/search?q=greeting%20the%20guest" > /dev/null
$WRK -H "$SESSION" "$API/analyses/$ID" > /dev/null
echo "load at start of measurement: $(uptime)"
run "criteria" "$API/api/criteria" "$BASIC"
run "search" "$API/api/kb/search?q=greeting%20the%20guest" "$BASIC"
run "analyses list page" "$API/analyses" "$SESSION"
run "analysis page" "$API/analyses/$ID" "$SESSION"
echo "load after: $(uptime)"
