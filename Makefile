# Kelola — the two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell scripts/find-jdk.sh)
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

MVN := mvn -B -ntp
JAR := server/target/kelola-server.jar
SOURCES := $(shell find server/src -type f 2>/dev/null) pom.xml server/pom.xml

.PHONY: help run test test-e2e e2e-deps build bench bench-dashboard bench-inventory bench-orders bench-sari bench-realtime bench-inspection tools test-deps clean check-jdk

help:
	@echo "make run    — start Kelola on http://localhost:8080 (embedded PostgreSQL under ./var, demo data)"
	@echo "make test   — run every test (unit, PostgreSQL, NATS, browser), then the end-to-end scripts"
	@echo "make test-e2e — only the end-to-end scripts against the packaged jar (realtime roles, token expiry)"
	@echo "make bench  — run the benchmarks and append figures to docs/benchmarks.md"
	@echo "make bench-dashboard — factory dashboard summary at 1M and 10M sales-order lines (API p95 vs EXPLAIN ANALYZE)"
	@echo "make bench-inventory — only the inventory ledger benchmarks (reservation + issue, 1M-move stock on hand)"
	@echo "make bench-orders — factory sales orders: create + submit + approve through the API beside pgbench"
	@echo "make bench-sari — SARI intake → AI verdict latency, idle and with the inspection worker busy"
	@echo "make bench-inspection — only the AI inspection benchmark (Inspector.inspect vs bare ONNX Runtime, ~2 min)"
	@echo "make bench-realtime — SSE fanout (1,000 / 5,000 streams) and outbox → NATS relay benchmarks (~6 min)"
	@echo "make build  — build the server jar only"

check-jdk:
	@test -n "$(JAVA_HOME)" || { echo "No JDK 21+ found (see message above)."; exit 1; }

tools: check-jdk
	@scripts/ensure-packages.sh mvn:maven

# the browser tests drive Chromium; the NATS mode tests start a real nats-server
test-deps:
	@scripts/ensure-packages.sh chromium:chromium nats-server:nats-server

$(JAR): $(SOURCES)
	@$(MAKE) --no-print-directory tools
	$(MVN) -q -DskipTests package

build: $(JAR)

run: $(JAR)
	@mkdir -p var
	java $(KELOLA_JAVA_OPTS) -jar $(JAR) --spring.profiles.active=demo

# the end-to-end scripts start the packaged jar and their own nats-server; they poll with curl and ss
e2e-deps:
	@scripts/ensure-packages.sh curl:curl ss:iproute2

# `mvn verify` builds the jar the end-to-end scripts start (~1–2 min together)
test: tools test-deps e2e-deps
	$(MVN) verify
	scripts/e2e-realtime.sh
	scripts/e2e-token-refresh.sh

test-e2e: $(JAR) test-deps e2e-deps
	scripts/e2e-realtime.sh
	scripts/e2e-token-refresh.sh

bench: $(JAR)
	@scripts/ensure-packages.sh wrk:wrk pgbench:postgresql-client psql:postgresql-client curl:curl ss:iproute2 pgrep:procps
	bench/run.sh
	bench/inventory.sh
	bench/factory-orders.sh
	bench/sari.sh
	bench/inspection.sh

bench-dashboard: $(JAR)
	@scripts/ensure-packages.sh wrk:wrk psql:postgresql-client curl:curl ss:iproute2 pgrep:procps
	bench/factory-dashboard.sh

bench-inventory: $(JAR)
	@scripts/ensure-packages.sh wrk:wrk pgbench:postgresql-client psql:postgresql-client curl:curl ss:iproute2 pgrep:procps
	bench/inventory.sh

bench-orders: $(JAR)
	@scripts/ensure-packages.sh wrk:wrk pgbench:postgresql-client psql:postgresql-client curl:curl ss:iproute2 pgrep:procps
	bench/factory-orders.sh

bench-sari: $(JAR)
	@scripts/ensure-packages.sh wrk:wrk pgbench:postgresql-client psql:postgresql-client curl:curl ss:iproute2 pgrep:procps
	bench/sari.sh

# no server and no database: the benchmark runs the packaged classes in one JVM
bench-inspection: $(JAR)
	bench/inspection.sh

bench-realtime: $(JAR)
	@scripts/ensure-packages.sh psql:postgresql-client nats-server:nats-server curl:curl ss:iproute2 pgrep:procps
	bench/realtime.sh

clean:
	$(MVN) -q clean
