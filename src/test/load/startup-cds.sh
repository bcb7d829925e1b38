#!/usr/bin/env bash
# Start to healthy of the bare Boot baseline and of the application, both launched the same way as docs/operations.md
# ("Faster start: extracted jar and class data sharing") tells operators: each jar extracted (Boot's jarmode tools),
# one training start per jar that writes its class data archive, then alternated starts (baseline, application) on
# fresh data folders with the demo on, each with its own archive. Prints the plain `java -jar` figures of the same
# run beside them, so that both ways are compared under the same load.
# Needs: target/audit-advisor.jar, src/test/startup-baseline/target/startup-baseline.jar, curl.
# Usage: src/test/load/startup-cds.sh [runs, default 2]   (APP_PORT, BASE_PORT: ports, default 8091 and 8092)
set -euo pipefail
RUN_OPTIONS=${RUN_OPTIONS--XX:+ExitOnOutOfMemoryError -XX:+UseParallelGC}
cd "$(dirname "$0")/../../.."
RUNS=${1:-2}
APP_PORT=${APP_PORT:-8091}
BASE_PORT=${BASE_PORT:-8092}
work=$(mktemp -d /tmp/startup-cds.XXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
millis() { date +%s%3N; }

# extract and train both jars: the archive holds the classes a start up to the context refresh loaded
java -Djarmode=tools -jar target/audit-advisor.jar extract --destination "$work/app" > /dev/null
java -Djarmode=tools -jar src/test/startup-baseline/target/startup-baseline.jar extract --destination "$work/base" \
	> /dev/null
ADVISOR_BOOTSTRAP_PASSWORD=startup-run-password-1 ADVISOR_DATA_DIR=$(mktemp -d "$work/train-data.XXXX") \
	java $RUN_OPTIONS -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
	-jar "$work/app/audit-advisor.jar" --server.port=$APP_PORT > "$work/train-app.log" 2>&1
java $RUN_OPTIONS -XX:ArchiveClassesAtExit="$work/base.jsa" -Dspring.context.exit=onRefresh \
	-jar "$work/base/startup-baseline.jar" --server.port=$BASE_PORT > "$work/train-base.log" 2>&1

up() { # name port [curl options...] -- java arguments...
	local name=$1 port=$2 start; shift 2
	local curl_options=()
	while [ "$1" != "--" ]; do curl_options+=("$1"); shift; done
	shift
	start=$(millis)
	ADVISOR_BOOTSTRAP_PASSWORD=startup-run-password-1 ADVISOR_DATA_DIR=$(mktemp -d "$work/data.XXXX") \
		java $RUN_OPTIONS "$@" > "/tmp/startup-cds-$name.log" 2>&1 &
	pid=$!
	until curl -fs "${curl_options[@]}" "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		kill -0 "$pid" 2>/dev/null || { echo "$name stopped before it was healthy" >&2; exit 1; }
		sleep 0.1
	done
	echo $(( $(millis) - start ))
	kill "$pid"; wait "$pid" 2>/dev/null || true
	pid=
}

ratio() { awk "BEGIN {printf \"%.1f\", $1 / $2}"; }
for run in $(seq "$RUNS"); do
	echo "run $run, load before: $(uptime | sed 's/.*load/load/')"
	base=$(up base "$BASE_PORT" -u probe:probe-password -- -jar src/test/startup-baseline/target/startup-baseline.jar \
		--server.port=$BASE_PORT)
	app=$(up app "$APP_PORT" -- -jar target/audit-advisor.jar --server.port=$APP_PORT)
	base_cds=$(up base-cds "$BASE_PORT" -u probe:probe-password -- -XX:SharedArchiveFile="$work/base.jsa" \
		-jar "$work/base/startup-baseline.jar" --server.port=$BASE_PORT)
	app_cds=$(up app-cds "$APP_PORT" -- -XX:SharedArchiveFile="$work/app.jsa" -jar "$work/app/audit-advisor.jar" \
		--server.port=$APP_PORT)
	echo "run $run: java -jar: baseline $base ms, application $app ms: $(ratio "$app" "$base")×;" \
		"extracted + CDS: baseline $base_cds ms, application $app_cds ms: $(ratio "$app_cds" "$base_cds")×"
done
echo "load after: $(uptime | sed 's/.*load/load/')"
