#!/usr/bin/env bash
# Start to healthy of two application jars, alternated (other, this, other, this, …) on fresh data folders with the
# demo on, so that both meet the same load: e.g. the jar of main before a start-up change against target/'s. Prints
# the time to UP, the main thread's CPU and the whole process's CPU until then (steadier than the time when the machine is loaded).
# Usage: src/test/load/startup-ab.sh OTHER_JAR [runs, default 2]   (APP_PORT, default 8091; THIS_JAR, default target/audit-advisor.jar)
set -euo pipefail
# the same JVM options for both jars: those of the README and the pom (RUN_OPTIONS= overrides)
RUN_OPTIONS=${RUN_OPTIONS--XX:+ExitOnOutOfMemoryError -XX:+UseParallelGC}
cd "$(dirname "$0")/../../.."
OTHER=$1
RUNS=${2:-2}
THIS=${THIS_JAR:-target/audit-advisor.jar}
APP_PORT=${APP_PORT:-8091}
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
millis() { date +%s%3N; }
one() { # name jar
	local data start log=/tmp/startup-ab-$APP_PORT-$1.log
	data=$(mktemp -d /tmp/startup-ab-data.XXXX); start=$(millis)
	ADVISOR_BOOTSTRAP_PASSWORD=startup-run-password-1 ADVISOR_DATA_DIR=$data java $RUN_OPTIONS -jar "$2" --server.port=$APP_PORT \
		> "$log" 2>&1 &
	pid=$!
	until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		kill -0 "$pid" 2>/dev/null || { echo "$1 stopped before it was healthy" >&2; exit 1; }
		sleep 0.1
	done
	local took=$(( $(millis) - start )) tick main=0 t
	tick=$(getconf CLK_TCK)
	# the main thread's CPU until UP (utime + stime, fields 14 and 15 of its stat): class loading and bean set-up
	for t in /proc/"$pid"/task/*; do
		if [ "$(cat "$t/comm")" = java ]; then main=$(awk -v k="$tick" '{ sub(/.*\) /, ""); print int(($12 + $13) * 1000 / k) }' "$t/stat"); fi
	done
	local all
	all=$(awk -v k="$tick" '{ sub(/.*\) /, ""); print int(($12 + $13) * 1000 / k) }' /proc/"$pid"/stat)
	echo "$1: $took ms to UP, main thread $main ms CPU, process $all ms CPU, $(uptime | sed 's/.*load/load/')"
	for _ in $(seq 600); do grep -q "Start-up phases" "$log" && break; sleep 0.5; done
	grep -o "Start-up phases.*" "$log" | sed 's/^/    /' || true
	kill "$pid"; wait "$pid" 2>/dev/null || true
	rm -rf "$data"
}
for run in $(seq "$RUNS"); do
	one "other-$run" "$OTHER"
	one "this-$run" "$THIS"
done
