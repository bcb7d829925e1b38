#!/usr/bin/env bash
# Start to healthy only (the first part of speed-run.sh), repeated: the bare Boot baseline, then the application on a
# fresh data folder with the demo on, each run in that order, so that the figures of one pair share the same load.
# Needs: target/audit-advisor.jar, src/test/startup-baseline/target/startup-baseline.jar, curl.
# Usage: src/test/load/startup-run.sh [runs, default 3]   (APP_PORT, BASE_PORT: ports, default 8091 and 8092)
set -euo pipefail
# the same JVM options for the app and the baseline: those of the README and the pom (RUN_OPTIONS= overrides)
RUN_OPTIONS=${RUN_OPTIONS--XX:+ExitOnOutOfMemoryError -XX:+UseParallelGC}
cd "$(dirname "$0")/../../.."
RUNS=${1:-3}
APP_PORT=${APP_PORT:-8091}
BASE_PORT=${BASE_PORT:-8092}
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

millis() { date +%s%3N; }

# CPU seconds the process has used so far (all its threads: JIT compilers and GC included), from /proc; on a busy
# machine this says more about the work than the elapsed time
cpu() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$1/stat" 2>/dev/null || echo "?"; }

until_up() { # url [curl options...]
	local url=$1; shift
	until curl -fs "$@" "$url" 2>/dev/null | grep -q '"status":"UP"'; do
		kill -0 "$pid" 2>/dev/null || { echo "the process stopped before it was healthy" >&2; exit 1; }
		sleep 0.1
	done
}

for run in $(seq "$RUNS"); do
	echo "run $run, load before: $(uptime)"
	start=$(millis)
	java $RUN_OPTIONS -jar src/test/startup-baseline/target/startup-baseline.jar --server.port=$BASE_PORT \
		> /tmp/startup-run-baseline.log 2>&1 &
	pid=$!
	until_up "http://127.0.0.1:$BASE_PORT/actuator/health" -u probe:probe-password
	base=$(( $(millis) - start ))
	base_cpu=$(cpu "$pid")
	kill "$pid"; wait "$pid" 2>/dev/null || true

	data=$(mktemp -d /tmp/startup-run-data.XXXX)
	start=$(millis)
	ADVISOR_BOOTSTRAP_PASSWORD=startup-run-password-1 ADVISOR_DATA_DIR=$data java $RUN_OPTIONS -jar target/audit-advisor.jar \
		--server.port=$APP_PORT > /tmp/startup-run-app.log 2>&1 &
	pid=$!
	until_up "http://127.0.0.1:$APP_PORT/actuator/health"
	app=$(( $(millis) - start ))
	app_cpu=$(cpu "$pid")
	# the phases are logged once the application is ready, after the demo load that follows health UP
	for _ in $(seq 600); do grep -q "Start-up phases" /tmp/startup-run-app.log && break; sleep 0.5; done
	kill "$pid"; wait "$pid" 2>/dev/null || true
	rm -rf "$data"
	echo "run $run: baseline $base ms, application $app ms (fresh data folder): $(awk "BEGIN {printf \"%.1f\", $app / $base}")×;" \
		"CPU to healthy: baseline $base_cpu s, application $app_cpu s"
	grep -E "Start-up|Knowledge-base index|knowledge-base index build|Rule base .* compiled|Loaded the demo" /tmp/startup-run-app.log \
		| sed 's/^.*\] [^ ]* *: /    /' || true
done
echo "load after: $(uptime)"
