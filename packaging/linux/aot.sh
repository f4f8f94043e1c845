#!/bin/sh
# Gives an installed Nintei ahead-of-time caches (JDK 25, JEP 483/514) of the classes a command and the window load
# and link, and tells its launcher to use it (Nintei.cfg, which the command lib/app/nintei reads too).
# The .deb's postinst runs it after installing (lib/app/aot.sh in the installed folder); `aot.sh remove` undoes it
# (prerm). The cache records the jars as they are on this disk (paths and times), so it is made where the app is
# installed, never at packaging time. It only speeds the start: a JVM that cannot use it starts as before and says
# nothing (-Xlog:aot*=off), and a failure here never fails the installation.
set -eu
app=$(cd "$(dirname "$0")" && pwd)          # …/lib/app
image=$(cd "$app/../.." && pwd)
launcher="$app/nintei" # starts Java as bin/Nintei does, from the same Nintei.cfg, only sooner
cfg="$app/Nintei.cfg"
aot="$app/nintei.aot"                # the commands' cache, in Nintei.cfg
window_aot="$app/nintei-window.aot"  # the window's: lib/app/nintei takes it when started without arguments

forget() {
  rm -f "$aot" "$window_aot" "$aot.config" "$window_aot.config" # a training JVM killed half-way leaves its .config
  sed -i '/nintei\.aot\|-Xlog:aot/d' "$cfg" || true
}
forget
[ "${1:-}" = remove ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg" NINTEI_DB="$work/nintei.db"
unset DISPLAY WAYLAND_DISPLAY JAVA_TOOL_OPTIONS
printf 'title,client,category,ordered_on,status,closed_on,amount_jpy\n記事,A,記事作成,2026-10-01,completed,2026-10-05,30000\n' >"$work/jobs.csv"
printf 'client,received_at,replied_at\nA,2026-11-01T09:00:00+09:00,2026-11-01T10:00:00+09:00\n' >"$work/messages.csv"
"$launcher" import jobs "$work/jobs.csv" >/dev/null
"$launcher" import messages "$work/messages.csv" >/dev/null
"$launcher" set earnings.cutoff 100000 >/dev/null
# Two caches: the commands' (trained on a summary) and the window's (the window on JavaFX's headless platform, each
# screen shown once: Training.java). lib/app/nintei started alone, as the menu entry does, takes the window's. One
# cache for both made every command 90 ms slower: its JavaFX classes were loaded and linked at each start.
# Each training's configuration file is kept in $work: a JVM stopped half-way leaves nothing beside the app.
if JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$aot -XX:AOTConfiguration=$work/commands.aotconf" "$launcher" summary \
     >/dev/null 2>"$work/training.log" && [ -s "$aot" ]; then
  window="-XX:AOTCacheOutput=$window_aot -XX:AOTConfiguration=$work/window.aotconf -Dglass.platform=Headless"
  window="$window -Dprism.order=sw -Djava.awt.headless=true -Djava.util.prefs.userRoot=$work/prefs"
  if NINTEI_AOT_TRAINING=1 JAVA_TOOL_OPTIONS="$window" timeout -k 10 120 "$launcher" >/dev/null 2>>"$work/training.log" \
     && [ -s "$window_aot" ]; then
    chmod 644 "$window_aot"
  else
    echo "Nintei: no ahead-of-time cache for the window was made; it starts with the commands' cache." >&2
    rm -f "$window_aot"
  fi
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/nintei.aot\njava-options=-Xlog:aot*=off|' "$cfg"
  chmod 644 "$aot"
else
  echo "Nintei: no ahead-of-time cache was made; the app starts without it." >&2
  rm -f "$aot"
fi
