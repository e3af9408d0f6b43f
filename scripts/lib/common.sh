# Shared by the scripts in scripts/: the project root, and a Java 21+ runtime.
# shellcheck shell=bash

KOKORO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KOKORO_ROOT

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Sets JAVA_HOME to a JDK (or JRE with $1 = jre) of version 21 or newer: $JAVA_HOME if it
# qualifies, else the newest under the usual install folders, else java on PATH.
find_java() {
  local need="${1:-jdk}" candidates=() c best="" best_major=0 major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    [ "$need" = jdk ] && [ ! -x "$c/bin/javac" ] && continue
    major="$(java_major "$c/bin/java")"
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "kokoro: no Java 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /opt/java, PATH)." >&2
    echo "        Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) and retry." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# find_java, installing a JDK 21 from the distribution first when none is found and the
# distribution has one (Ubuntu 24.04, Debian 13; on Debian 12 install Temurin 21+ yourself).
ensure_java() {
  find_java 2>/dev/null && return 0
  if command -v apt-get >/dev/null 2>&1; then
    as_root apt-get update -qq
    if apt-cache show openjdk-21-jdk-headless >/dev/null 2>&1; then
      echo "kokoro: installing openjdk-21-jdk-headless" >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jdk-headless >/dev/null
    fi
  fi
  find_java
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian/Ubuntu packages the server needs at run time (espeak-ng for G2P) and
# to build (Maven), plus any commands named as arguments (package = command, e.g. npm), unless
# they are there already.
install_system_packages() {
  local missing=() extra
  ldconfig -p 2>/dev/null | grep -q 'libespeak-ng\.so\.1' || missing+=(libespeak-ng1)
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  for extra in "$@"; do command -v "$extra" >/dev/null 2>&1 || missing+=("$extra"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "kokoro: please install ${missing[*]} with your package manager." >&2
    return 1
  fi
  echo "kokoro: installing ${missing[*]}" >&2
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Installs the PostgreSQL server (Debian's postgresql) unless its binaries are there: the job tests start
# throwaway clusters with them (dev.kokoro.testing.TestPostgres). Debian keeps initdb off PATH, in
# /usr/lib/postgresql/<version>/bin, so the package is looked for there rather than by command name.
install_postgresql_server() {
  command -v initdb >/dev/null 2>&1 && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "kokoro: please install the PostgreSQL server (initdb, pg_ctl) with your package manager." >&2
    return 1
  fi
  echo "kokoro: installing postgresql" >&2
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# Builds target/kokoro-server.jar and target/lib/ unless they are newer than the sources.
build_server() {
  local jar="$KOKORO_ROOT/target/kokoro-server.jar"
  if [ -f "$jar" ] && [ -z "$(find "$KOKORO_ROOT/src/main" "$KOKORO_ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  echo "kokoro: building the server" >&2
  (cd "$KOKORO_ROOT" && mvn -q -B -DskipTests package)
}
