#!/usr/bin/env bash
# The Debian packages `make run` and `make test` need, in one place. Usage: tools/system_packages.sh run|test
#
# Checks with dpkg-query; what is missing is installed when run as root (apt-get update once, then install),
# otherwise the exact `sudo apt-get install …` line is printed and the script exits with 1. On a system without
# dpkg (not Debian/Ubuntu) it only says so and lets the caller go on.
#
# To add packages, extend one of the lists below (another list = one more `case` line at the bottom).
set -euo pipefail

# What creating the venv needs (`make` itself is here for .ci/run on a bare machine).
BASE="python3 python3-venv make"

# What the app loads at run time. Checked against `ldd` of PySide6 6.12's libQt6*.so, the xcb platform plugin
# (plugins/platforms/libqxcb.so, xcbglintegrations) and the FFmpeg multimedia plugin, on Debian 12:
#   Qt core and painting, offscreen included
RUN="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libpng16-16 libdbus-1-3 libdrm2 fonts-dejavu-core"
#   the xcb platform plugin (a real X11 desktop, or XWayland)
RUN="$RUN libx11-6 libx11-xcb1 libxext6 libxrandr2 libxrender1 libxkbcommon0 libxkbcommon-x11-0 libxcb1
 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1"
#   the wayland platform plugin
RUN="$RUN libwayland-client0 libwayland-cursor0 libwayland-egl1"
#   QtMultimedia (desk sounds, webcam reader): libpulse.so.0; the app runs without it and says so on the desk
RUN="$RUN libpulse0"

# What the test suite needs on top: pdftoppm/pdftotext, PostgreSQL's initdb/pg_ctl for a throwaway cluster
# (tools/pg_throwaway.sh), Debian's chromium and chromedriver for the phone sign-in page's browser test.
TEST="poppler-utils postgresql postgresql-client chromium chromium-driver"
# Building the Windows installer (makensis) and starting it under Wine (tests/test_windows_installer.py).
TEST="$TEST nsis wine wine64"
# LibreOffice Writer (no GUI) opens the Word letters headless and turns them into PDF (tests/test_docx_libreoffice.py).
TEST="$TEST libreoffice-writer-nogui"

case "${1:-}" in
  run) WANT="$BASE $RUN" ;;
  test) WANT="$BASE $RUN $TEST" ;;
  *) echo "pemakaian: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Bukan sistem Debian (tidak ada dpkg-query): paket sistem tidak diperiksa. Yang dibutuhkan (nama Debian):" >&2
  echo "  $(echo $WANT)" >&2
  exit 0
fi

missing=""
for p in $WANT; do
  # Status of an installed package is "install ok installed"; unknown packages make dpkg-query fail.
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *" installed") ;; *) missing="$missing $p" ;; esac
done
missing="${missing# }"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Paket Debian berikut belum terpasang. Pasang sekali, lalu ulangi perintah ini:" >&2
  echo "" >&2
  echo "  sudo apt-get install $missing" >&2
  echo "" >&2
  exit 1
fi

echo "Memasang paket Debian yang belum ada: $missing"
export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -q -o DPkg::Lock::Timeout=600)
"${APT[@]}" update -qq
# shellcheck disable=SC2086
"${APT[@]}" install -y -qq --no-install-recommends $missing </dev/null
