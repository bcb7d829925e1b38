#!/usr/bin/env bash
# Writes src/main/resources/META-INF/startup-classes.txt, the classes a start loads until it is healthy, in the order
# it loads them, for system.StartupClassPreload: starts target/audit-advisor.jar on a fresh data folder with the demo
# on and -Xlog:class+load, and keeps the classes read from the jar or the JDK's modules (not those of the JDK's
# shared archive, nor generated ones: lambdas, proxies, CGLIB subclasses) loaded before "Started …".
# Run it after start-up changes that load other classes, then package again. Usage: src/test/load/startup-classes.sh
# (APP_PORT, default 8091)
set -euo pipefail
cd "$(dirname "$0")/../../.."
APP_PORT=${APP_PORT:-8091}
data=$(mktemp -d /tmp/startup-classes-data.XXXX)
log=$(mktemp /tmp/startup-classes-log.XXXX)
classes=$(mktemp /tmp/startup-classes-load.XXXX)
ADVISOR_BOOTSTRAP_PASSWORD=startup-run-password-1 ADVISOR_DATA_DIR=$data java -XX:+ExitOnOutOfMemoryError \
	-XX:+UseParallelGC "-Xlog:class+load:file=$classes" -jar target/audit-advisor.jar --server.port=$APP_PORT \
	> "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data" "$log" "$classes"' EXIT
until grep -q 'Started AuditAdvisorApplication' "$log"; do
	kill -0 "$pid" 2>/dev/null || { echo "the application stopped before it started" >&2; exit 1; }
	sleep 0.5
done
# "… (process running for 24.783)": the JVM's uptime when the context was ready, as in -Xlog's [24.783s]
ready=$(grep -o 'process running for [0-9.]*' "$log" | grep -o '[0-9.]*$')
awk -v ready="$ready" '
	# [24.783s][info][class,load] NAME source: SOURCE
	substr($1, 2) + 0 > ready { exit }
	$3 == "source:" && ($4 ~ /^jrt:/ || $4 ~ /^jar:nested:.*BOOT-INF/) && $2 !~ /\$\$|\$Proxy|0x|^jdk\.internal\.reflect\.Generated/ {
		if (!($2 in seen)) { seen[$2] = 1; print $2 }
	}' "$classes" > src/main/resources/META-INF/startup-classes.txt
echo "$(wc -l < src/main/resources/META-INF/startup-classes.txt) classes until ready at ${ready} s"
