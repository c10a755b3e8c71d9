#!/usr/bin/env bash
# Starts a local PostgreSQL for the store test suite (CI, Debian, run as root) and prints the admin
# connection URL as the last line of stdout; everything else goes to stderr. Safe to run again:
# an existing server is reused and the role is re-created only if missing.
#
#   REALMFORGE_TEST_POSTGRES_URL=$(bash scripts/ci-postgres.sh) npm test
set -euo pipefail

role=realmforge
password=realmforge
cluster=main

exec 3>&1 1>&2 # fd 3 carries the URL; all chatter goes to stderr

if [[ $(id -u) -ne 0 ]]; then
  echo "ci-postgres.sh: must run as root (it installs packages and manages the cluster)" >&2
  exit 1
fi

if ! command -v pg_ctlcluster >/dev/null || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  echo "ci-postgres.sh: PostgreSQL server not found, installing it" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
fi

version=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' | awk -F/ '{print $5}' | sort -V | tail -n 1)
if [[ -z $version ]]; then
  echo "ci-postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql after install" >&2
  exit 1
fi

if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
  pg_createcluster "$version" "$cluster"
fi
port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')

# Listen on loopback only. A change to listen_addresses needs a restart, not a reload.
conf=/etc/postgresql/$version/$cluster/conf.d/realmforge-ci.conf
wanted="listen_addresses = '127.0.0.1'"
changed=0
if [[ ! -f $conf || $(cat "$conf") != "$wanted" ]]; then
  mkdir -p "$(dirname "$conf")"
  printf '%s\n' "$wanted" >"$conf"
  changed=1
fi

# The server inherits every open descriptor of whoever starts it. Closing fd 3 keeps it from
# holding the caller's stdout pipe open, which would make $(bash scripts/ci-postgres.sh) hang.
cluster_ctl() {
  pg_ctlcluster "$version" "$cluster" "$1" </dev/null 3>&-
}

if cluster_ctl status >/dev/null 2>&1; then
  if [[ $changed -eq 1 ]]; then
    cluster_ctl restart
  fi
else
  cluster_ctl start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.5
done
if ! pg_isready -h 127.0.0.1 -p "$port"; then
  echo "ci-postgres.sh: server did not accept connections on 127.0.0.1:$port within 30 s" >&2
  exit 1
fi

cd /tmp # psql runs as postgres, which may not be able to read the caller's directory
runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role;
  END IF;
END
\$\$;
ALTER ROLE $role WITH LOGIN SUPERUSER CREATEDB PASSWORD '$password';
SQL

url="postgres://$role:$password@127.0.0.1:$port/postgres"
# Prove the URL works over TCP with the password before handing it out.
psql -X -q -v ON_ERROR_STOP=1 "$url" -c 'SELECT 1' >/dev/null
echo "ci-postgres.sh: PostgreSQL $version ready at 127.0.0.1:$port" >&2
echo "$url" >&3
