#!/usr/bin/env bash
# Prints a JAVA_HOME whose JDK is 21 or newer: $JAVA_HOME when it qualifies,
# else the newest JDK under /usr/lib/jvm. Exits 1 with a hint when there is none.
set -euo pipefail

major_of() { # $1 = java home; prints the major version or nothing
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  [[ -n "$v" ]] && echo "${v%%.*}"
}

if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/javac" ]]; then
  m=$(major_of "$JAVA_HOME" || true)
  if [[ -n "$m" && "$m" -ge 21 ]]; then echo "$JAVA_HOME"; exit 0; fi
fi

best="" best_major=0
for home in /usr/lib/jvm/*/; do
  home=${home%/}
  [[ -x "$home/bin/javac" && ! -L "$home" ]] || continue
  m=$(major_of "$home" || true)
  if [[ -n "$m" && "$m" -ge 21 && "$m" -gt "$best_major" ]]; then best=$home best_major=$m; fi
done

if [[ -z "$best" ]]; then
  echo "Kelola needs a JDK 21 or newer. Set JAVA_HOME to one, or install one, e.g. 'apt-get install openjdk-21-jdk' (or Temurin 21+)." >&2
  exit 1
fi
echo "$best"
