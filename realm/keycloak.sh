#!/usr/bin/env bash
# Starts, stops and reports a local Keycloak made from the distribution artifact that Maven fetched.
#   keycloak.sh start|stop|status
# Settings (environment):
#   KC_ARCHIVE   path of keycloak-quarkus-dist-<version>.tar.gz (required for start on first use)
#   KC_BASE      folder that holds the unpacked Keycloak and its data (default: <repo>/.run/keycloak)
#   KC_PORT      HTTP port (default 18080); KC_MGMT_PORT management port (default 19000)
#   KC_ADMIN_PASSWORD  bootstrap administrator password of the master realm (default: admin)
#   KC_SMTP_PORT the portal's mail server, for Keycloak's own e-mails (address verification; default 3025)
#   KC_PASSWORDS_JAR  zxcvbn's jar, whose list of common passwords the password policy refuses
#                (default: zxcvbn.jar beside KC_ARCHIVE)
#   KC_FRESH_ON_REALM_CHANGE  true: when partnerportal-realm.json changed since the last import, start
#                      from empty Keycloak data so the new realm is imported (the system tests set it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
KC_BASE=${KC_BASE:-$repo/.run/keycloak}
KC_PORT=${KC_PORT:-18080}
KC_MGMT_PORT=${KC_MGMT_PORT:-19000}
KC_ADMIN_PASSWORD=${KC_ADMIN_PASSWORD:-admin}
KC_SMTP_PORT=${KC_SMTP_PORT:-3025}
home="$KC_BASE/server"
pidfile="$KC_BASE/keycloak.pid"
log="$KC_BASE/keycloak.log"

java_home() {
  # Keycloak 26 prefers Java 21 or newer; use one when the machine has it.
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then echo "$candidate"; return; fi
  done
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

running() {
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

ready() {
  curl -fsS "http://127.0.0.1:$KC_MGMT_PORT/health/ready" >/dev/null 2>&1
}

start() {
  if running && ready; then echo "Keycloak already running on http://localhost:$KC_PORT"; return; fi
  mkdir -p "$KC_BASE"
  if [ ! -x "$home/bin/kc.sh" ]; then
    [ -f "${KC_ARCHIVE:-}" ] || { echo "KC_ARCHIVE must name the Keycloak distribution tar.gz" >&2; exit 1; }
    rm -rf "$KC_BASE/unpack" && mkdir -p "$KC_BASE/unpack"
    tar -xzf "$KC_ARCHIVE" -C "$KC_BASE/unpack"
    mv "$KC_BASE"/unpack/keycloak-* "$home"
    rm -rf "$KC_BASE/unpack"
  fi
  realm_sum=$(sha256sum "$here/partnerportal-realm.json" | cut -d' ' -f1)
  if [ -d "$home/data/h2" ] && [ "$(cat "$KC_BASE/realm.sha256" 2>/dev/null)" != "$realm_sum" ]; then
    if [ "${KC_FRESH_ON_REALM_CHANGE:-false}" = true ]; then
      echo "The realm file changed since Keycloak imported it: starting from empty Keycloak data"
      rm -rf "$home/data/h2"
    else
      echo "Note: realm/partnerportal-realm.json changed since Keycloak imported it; the running realm keeps"
      echo "      the old settings. Delete $home/data/h2 to import the new file (this drops Keycloak's users)."
    fi
  fi
  mkdir -p "$home/data/import"
  cp "$here/partnerportal-realm.json" "$home/data/import/"
  [ -d "$home/data/h2" ] || echo "$realm_sum" >"$KC_BASE/realm.sha256"
  export JAVA_HOME; JAVA_HOME=$(java_home)
  # The realm's password policy names this list (passwordBlacklist(common-passwords.txt)).
  passwords_jar=${KC_PASSWORDS_JAR:-$(dirname "${KC_ARCHIVE:-$KC_BASE/none}")/zxcvbn.jar}
  if [ ! -s "$home/data/password-blacklists/common-passwords.txt" ]; then
    [ -f "$passwords_jar" ] || { echo "KC_PASSWORDS_JAR must name zxcvbn's jar (common passwords)" >&2; exit 1; }
    mkdir -p "$home/data/password-blacklists" "$KC_BASE/unpack-passwords"
    (cd "$KC_BASE/unpack-passwords" && "$JAVA_HOME/bin/jar" xf "$passwords_jar" \
      com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt)
    mv "$KC_BASE/unpack-passwords/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt" \
      "$home/data/password-blacklists/common-passwords.txt"
    rm -rf "$KC_BASE/unpack-passwords"
  fi
  # read by the realm file's placeholder when it is imported
  export PORTAL_SMTP_PORT="$KC_SMTP_PORT"
  export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD"
  # The realm is imported on the first start only; later starts keep what administrators changed.
  nohup "$home/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" --health-enabled=true --hostname="http://localhost:$KC_PORT" \
    >"$log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 180); do
    if ready; then echo "Keycloak ready on http://localhost:$KC_PORT (log: $log)"; return; fi
    if ! running; then echo "Keycloak stopped while starting; see $log" >&2; tail -n 40 "$log" >&2; exit 1; fi
    sleep 1
  done
  echo "Keycloak not ready after 180 s; see $log" >&2
  exit 1
}

stop() {
  if running; then
    pid=$(cat "$pidfile")
    # kc.sh runs java as a child: stop the whole group politely, then firmly.
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do running || break; sleep 1; done
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running && ready; then echo "running"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
