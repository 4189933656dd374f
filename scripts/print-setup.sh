#!/usr/bin/env bash
# A real print system for the tests: CUPS with the cups-pdf virtual printer "OpvoedappPDF",
# whose jobs land as PDF files in the printing user's ~/PDF. Installs what is missing (Debian,
# as root), starts cupsd when it is not running, adds the queue once. Where that is not
# possible it says why and returns 0: the print test then skips with that reason.
set -uo pipefail
QUEUE=OpvoedappPDF

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "print-setup: not root on Debian; the CUPS print test will skip" >&2; exit 0
fi
if ! command -v cupsd >/dev/null || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
  echo "print-setup: installing cups and printer-driver-cups-pdf"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    cups printer-driver-cups-pdf >/dev/null || { echo "print-setup: install failed" >&2; exit 0; }
fi
# lpstat -r exits 0 either way; its (unlocalised) words tell. pgrep may not be installed.
scheduler_running() { LC_ALL=C lpstat -r 2>/dev/null | grep -q "^scheduler is running"; }
if ! scheduler_running; then
  /usr/sbin/cupsd || { echo "print-setup: cupsd did not start" >&2; exit 0; }
  for _ in $(seq 1 20); do scheduler_running && break; sleep 0.5; done
  scheduler_running || { echo "print-setup: cupsd does not answer" >&2; exit 0; }
fi
if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
  lpadmin -p "$QUEUE" -v cups-pdf:/ -E ${ppd:+-m "$ppd"} 2>/dev/null \
    || { echo "print-setup: could not add the $QUEUE queue" >&2; exit 0; }
fi
echo "print-setup: CUPS queue $QUEUE ready"
