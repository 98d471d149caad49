#!/usr/bin/env bash
# MQTT bridge benchmark: messages/s persisted and end-to-end p99 beside a bare mosquitto_sub drain.
# Uses a private Mosquitto on a free port and the schema of DCIM_TEST_DB_URL (wiped!).
# Knobs: BENCH_MESSAGES (200000), BENCH_LIVE_RATE (5000 msg/s), BENCH_LIVE_SECONDS (10), BENCH_LIVE_SERIES (1000;
# 0: a new series in every live message),
# BENCH_WARMUP_ROUNDS (4 uncounted drains of half the stream, so the JIT has compiled the bridge),
# BENCH_SUB_RUNS (3 mosquitto_sub drains, the median is the baseline), BENCH_CONNECTIONS (1: MQTT 3.1.1; N > 1: the
# bridge on N connections in one MQTT 5 shared subscription, as DCIM_MQTT_CONNECTIONS).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
. bench/needs.sh
needs java mosquitto mosquitto_sub mosquitto_pub
CP_FILE="$ROOT/mqtt-bridge/target/bench.classpath"
./mvnw -B -q test-compile dependency:build-classpath -pl mqtt-bridge -am \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >&2
CP="$ROOT/mqtt-bridge/target/test-classes:$ROOT/mqtt-bridge/target/classes:$ROOT/dcim-core/target/classes:$(cat "$CP_FILE")"
exec java ${JAVA_OPTS:--Xmx1g} -Dlogback.configurationFile="$ROOT/bench/mqtt/logback.xml" -cp "$CP" vn.dcim.mqtt.ingest.MqttBench
