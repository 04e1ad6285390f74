#!/usr/bin/env bash
# Install what is needed, make a demo database with synthetic people (once), and open the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
DEMO_DIR=${WEGWIJZER_DEMO_DIR:-.demo-data}
DEMO_PASSPHRASE="demo met zeven blauwe fietsen"  # passes the strength check (zxcvbn)
if [ ! -f "$DEMO_DIR/wegwijzer.db" ]; then
  echo "Demodatabase maken in $DEMO_DIR ..."
  WEGWIJZER_PASSPHRASE="$DEMO_PASSPHRASE" .venv/bin/wegwijzer --data-dir "$DEMO_DIR" demo --people 300 --users
fi
echo "Wachtwoord van de demodatabase (voor de beheerder en elke democonsulent): $DEMO_PASSPHRASE"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && command -v xvfb-run >/dev/null; then
  echo "Geen scherm gevonden: de app start onder xvfb-run (onzichtbaar)."
  exec xvfb-run -a .venv/bin/wegwijzer --data-dir "$DEMO_DIR" "$@"
fi
exec .venv/bin/wegwijzer --data-dir "$DEMO_DIR" "$@"
