#!/usr/bin/env bash
# Installs Deno for test/deno/deno.test.ts, outside the project: the npm registry's `deno` package
# ships the binary in a platform package (@deno/linux-x64-glibc, …), so no download from anywhere
# but the npm registry. Idempotent: does nothing when the pinned version is already there.
#
#   bash scripts/install-deno.sh            # installs if needed, prints where
#
# Where: $SECURITIZATION_DENO_HOME, else ${XDG_CACHE_HOME:-$HOME/.cache}/securitization/deno; the
# binary is <there>/bin/deno, where the test looks for it (or set SECURITIZATION_DENO to a binary).
# Version: $SECURITIZATION_DENO_VERSION, else the one pinned below.
set -euo pipefail

version="${SECURITIZATION_DENO_VERSION:-2.9.6}"
home="${SECURITIZATION_DENO_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/securitization/deno}"
bin="$home/bin/deno"

installed_version() {
  "$bin" --version 2>/dev/null | awk 'NR == 1 && $1 == "deno" { print $2 }'
}

if [ -x "$bin" ] && [ "$(installed_version)" = "$version" ]; then
  echo "install-deno: deno $version already at $bin"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "install-deno: npm not found; install Node.js and npm first, or set SECURITIZATION_SKIP_DENO=1" >&2
  exit 1
fi

echo "install-deno: installing deno@$version from the npm registry into $home"
rm -rf "$home/npm"
mkdir -p "$home/npm" "$home/bin"
npm install --prefix "$home/npm" --no-audit --no-fund --no-package-lock --loglevel=error "deno@$version" >/dev/null

# The `deno` package's postinstall links the platform binary into node_modules/deno/deno; when
# install scripts are not run, take the binary from the platform package itself.
binary=""
for candidate in "$home/npm/node_modules/deno/deno" "$home"/npm/node_modules/@deno/*/deno; do
  if [ -f "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
    binary="$candidate"
    break
  fi
done
if [ -z "$binary" ]; then
  echo "install-deno: deno@$version installed no binary that runs on $(uname -sm) (no matching @deno/* platform package?); set SECURITIZATION_SKIP_DENO=1 to skip the Deno test" >&2
  exit 1
fi
ln -sf "$binary" "$bin"

if [ "$(installed_version)" != "$version" ]; then
  echo "install-deno: $bin reports \"$("$bin" --version | head -n 1)\", expected deno $version" >&2
  exit 1
fi
echo "install-deno: deno $version ready at $bin"
