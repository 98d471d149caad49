# Sourced by the bench scripts: `needs TOOL...` stops the bench at once, with one line, when a tool it runs
# is missing, naming the Debian packages that bring it (`bash .ci/services` installs them all and starts the
# MariaDB and Mosquitto the benches write to). Maven and its plugins need nothing: the scripts build online.
needs() {
  local missing=() packages=() t
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 && continue
    missing+=("$t")
    case "$t" in
      snmpget|snmpset|snmpwalk) packages+=(snmp) ;;
      snmpsimd) packages+=(snmpsim) ;;
      mosquitto_sub|mosquitto_pub) packages+=(mosquitto-clients) ;;
      mariadb|mysql|mariadb-admin) packages+=(mariadb-client) ;;
      javac|java) packages+=(openjdk-17-jdk-headless) ;;
      lscpu) packages+=(util-linux) ;;
      pgrep) packages+=(procps) ;;
      *) packages+=("$t") ;;
    esac
  done
  if ((${#missing[@]})); then
    echo "${0#"$ROOT"/}: needs ${missing[*]}: apt-get install ${packages[*]} (or bash .ci/services, which also starts MariaDB and Mosquitto)" >&2
    exit 1
  fi
}
