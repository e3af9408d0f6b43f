# Shared by the scripts in scripts/: the project root, and a Java 21+ runtime.
# shellcheck shell=bash

KOKORO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export KOKORO_ROOT

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# A JDK that scripts/start downloads when the machine has no Java 21+ (Debian 12 and Ubuntu 22.04 stop at 17):
# Eclipse Temurin from Adoptium's release archive, into $KOKORO_JDK_DIR (default .jdk/ in the checkout), where
# find_java looks first, so it is downloaded once. The sums are the ones Adoptium publishes beside each archive.
KOKORO_JDK_DIR="${KOKORO_JDK_DIR:-$KOKORO_ROOT/.jdk}"
TEMURIN_RELEASE=jdk-21.0.12+8
declare -A TEMURIN_SHA256=(
  [x64]=e4446ff06a276155697597cc0f1b15da004ff083f4964a35271ecee567177370
  [aarch64]=eba38e871b02d407897bfe017ea35352dfc1420ef6d2112425b0c67325ca509d
)
# Where find_java looks for installed JDKs besides $KOKORO_JDK_DIR, JAVA_HOME and PATH.
JAVA_INSTALL_DIRS=(/usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "${HOME:-}"/.sdkman/candidates/java/*)

# Sets JAVA_HOME to a JDK (or JRE with $1 = jre) of version 21 or newer: $JAVA_HOME if it
# qualifies, else the newest in $KOKORO_JDK_DIR or the usual install folders, else java on PATH.
find_java() {
  local need="${1:-jdk}" candidates=() c best="" best_major=0 major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in "$KOKORO_JDK_DIR"/* "${JAVA_INSTALL_DIRS[@]}"; do
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
    echo "kokoro: no Java 21 or newer found (looked at JAVA_HOME, $KOKORO_JDK_DIR, ${JAVA_INSTALL_DIRS[*]}, PATH)." >&2
    echo "        scripts/start downloads one into $KOKORO_JDK_DIR; or install Temurin 21+ yourself." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# find_java, downloading a Temurin JDK into $KOKORO_JDK_DIR first when none is found.
ensure_java() {
  find_java 2>/dev/null && return 0
  provision_jdk && find_java
}

# Downloads the Temurin JDK for this machine's architecture into $KOKORO_JDK_DIR and checks it against its
# sha256 before unpacking. KOKORO_JDK_URL names another archive (a mirror, or a test's); its sum is then read
# from the file beside it, <archive>.sha256.txt, as Adoptium lays them out. A failure leaves nothing behind.
provision_jdk() {
  local arch url want
  case "$(uname -s)/$(uname -m)" in
    Linux/x86_64) arch=x64 ;;
    Linux/aarch64) arch=aarch64 ;;
    *) echo "kokoro: no Temurin download for $(uname -s) $(uname -m) here; install Java 21+ yourself." >&2; return 1 ;;
  esac
  if [ -n "${KOKORO_JDK_URL:-}" ]; then
    url="$KOKORO_JDK_URL"
    if ! want="$(curl -fsSL "$url.sha256.txt" | cut -d' ' -f1)"; then
      echo "kokoro: cannot read the sha256 published at $url.sha256.txt" >&2
      return 1
    fi
  else
    local version="${TEMURIN_RELEASE#jdk-}"
    url="https://github.com/adoptium/temurin21-binaries/releases/download/${TEMURIN_RELEASE/+/%2B}/OpenJDK21U-jdk_${arch}_linux_hotspot_${version/+/_}.tar.gz"
    want="${TEMURIN_SHA256[$arch]}"
  fi
  if ! [[ "$want" =~ ^[0-9a-f]{64}$ ]]; then
    echo "kokoro: no sha256 for $url (read '$want')" >&2
    return 1
  fi
  local fresh_dir=0 work
  [ -d "$KOKORO_JDK_DIR" ] || fresh_dir=1
  mkdir -p "$KOKORO_JDK_DIR"
  work="$(mktemp -d "$KOKORO_JDK_DIR/.download.XXXXXX")"
  if unpack_verified_jdk "$url" "$want" "$work"; then
    rm -rf "$work"
    return 0
  fi
  rm -rf "$work"
  [ "$fresh_dir" -eq 1 ] && rmdir "$KOKORO_JDK_DIR"
  return 1
}

# Downloads the JDK archive $1 into the folder $3, checks it against the sha256 $2, and moves the JDK it
# holds into $KOKORO_JDK_DIR. Leaves its scraps in $3 for the caller to remove.
unpack_verified_jdk() {
  local url="$1" want="$2" work="$3" archive="$3/jdk.tar.gz" got top
  echo "kokoro: no Java 21+ found; downloading $(basename "$url") into $KOKORO_JDK_DIR" >&2
  curl -fL --retry 3 --retry-delay 2 --progress-bar -o "$archive" "$url" \
    || { echo "kokoro: could not download $url" >&2; return 1; }
  got="$(sha256sum "$archive" | cut -d' ' -f1)"
  if [ "$got" != "$want" ]; then
    echo "kokoro: refusing $(basename "$url"): its sha256 is $got, the published one is $want" >&2
    return 1
  fi
  tar -xzf "$archive" -C "$work" || { echo "kokoro: cannot unpack $(basename "$url")" >&2; return 1; }
  top="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
  if [ -z "$top" ] || [ ! -x "$top/bin/java" ]; then
    echo "kokoro: $(basename "$url") holds no JDK (no bin/java in its top folder)" >&2
    return 1
  fi
  rm -rf "${KOKORO_JDK_DIR:?}/$(basename "$top")"
  mv "$top" "$KOKORO_JDK_DIR/"
  echo "kokoro: installed $KOKORO_JDK_DIR/$(basename "$top")" >&2
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
