#!/usr/bin/env bash
# Installs what the browser check of the HTML report (test/report/browser.test.ts) needs:
# Debian's Chromium at /usr/bin/chromium, and a Chinese font so that screenshots of Chinese text
# are readable. Idempotent: installs only what is missing. Needs root (or sudo) and apt-get.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
updated=""

install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: apt-get not found; install $* yourself, or set SECURITIZATION_SKIP_BROWSER=1" >&2
    exit 1
  fi
  if [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "install-chromium: run as root (or with sudo) to install $*" >&2
    exit 1
  fi
  echo "install-chromium: installing $*"
  if [ -z "$updated" ]; then $sudo apt-get update -qq; updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

command -v chromium >/dev/null 2>&1 || install chromium
if [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then install fonts-wqy-microhei; fi
echo "install-chromium: ready ($(chromium --version 2>/dev/null | head -n 1))"
