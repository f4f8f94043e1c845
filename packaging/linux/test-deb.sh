#!/usr/bin/env bash
# Builds the .deb and checks it as a user would meet it:
#   packaging/linux/test-deb.sh [--no-build] [--install]
# --install installs it for real with apt-get (only in a throwaway container, as root); otherwise the package is
# unpacked into a temporary root (dpkg-deb -x), which is what dpkg -i would put under /opt/nintei.
# Checks: the package's name, version and dependencies; the desktop entry (name, ja/en comments, icon, category);
# the licence; the installed launcher's --version (the pom's version); the runtime's CDS archive is there; the
# postinst's ahead-of-time caches (lib/app/aot.sh: the commands', the window's) are made and opened; `summary` headless on a temporary logbook; the window opens
# under Xvfb (xvfb-run; with xdotool it waits for the window and reports the time to it, else it checks the app is
# still running after 15 s), without "Unsupported JavaFX configuration" (installed, and java -jar). Prints sizes and start times.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=1 install=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --install) install=1 ;;
    *) echo "usage: $0 [--no-build] [--install]" >&2; exit 2 ;;
  esac
done
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
[ "$build" = 1 ] && ./mvnw -q -B -Ppackage package -DskipTests
deb=$(ls target/installer/nintei_"$version"*_amd64.deb)
fail() { echo "FAIL: $*" >&2; exit 1; }

info=$(dpkg-deb -f "$deb" Package Version Depends)
echo "$info"
grep -q "^Package: nintei$" <<<"$info" || fail "package name"
grep -q "^Version: $version" <<<"$info" || fail "package version is not $version"
grep -q "libgtk-3-0" <<<"$info" || fail "dependencies"

if [ "$install" = 1 ]; then
  [ "$(id -u)" = 0 ] || fail "--install needs root in a throwaway container"
  apt-get install -y "./$deb" >/dev/null
  root=""
else
  root=$(mktemp -d)
  dpkg-deb -x "$deb" "$root"
fi
app="$root/opt/nintei"
launcher="$app/bin/Nintei"
command="$app/lib/app/nintei" # what /usr/bin/nintei links to, and the menu entry starts
desktop="$app/lib/nintei-Nintei.desktop"
[ -x "$launcher" ] || fail "no launcher at $launcher"
grep -q '^Comment\[ja\]=' "$desktop" || fail "desktop entry without a Japanese comment"
grep -q '^Categories=Office;' "$desktop" || fail "desktop entry category"
grep -q '^Icon=' "$desktop" || fail "desktop entry icon"
grep -q '^Exec=/opt/nintei/lib/app/nintei$' "$desktop" || fail "the menu entry does not start lib/app/nintei"
[ -x "$command" ] || fail "no command at $command"
dpkg-deb -I "$deb" postinst | grep -q 'ln -sf /opt/nintei/lib/app/nintei /usr/bin/nintei' || fail "postinst: no /usr/bin/nintei"

grep -q '^MIT License' "$app/lib/app/LICENSE" || fail "the licence is not in the package"
[ -s "$app/lib/runtime/lib/server/classes.jsa" ] || fail "the runtime has no CDS archive"
grep -q 'aot.sh' "$root/../control/postinst" 2>/dev/null || dpkg-deb -I "$deb" postinst | grep -q 'lib/app/aot.sh' \
  || fail "the postinst does not make the ahead-of-time cache"
[ "$install" = 1 ] || sh "$app/lib/app/aot.sh" # what the postinst does
[ -s "$app/lib/app/nintei.aot" ] || fail "the app has no ahead-of-time cache"
[ -s "$app/lib/app/nintei-window.aot" ] || fail "the window has no ahead-of-time cache (Training.java, headless)"
if command -v strace >/dev/null; then
  aot=$(strace -f -e trace=openat "$launcher" --version 2>&1 | grep -c 'nintei.aot' || true)
  [ "$aot" -ge 1 ] || fail "the launcher does not open its ahead-of-time cache"
  aot=$(strace -f -e trace=openat "$command" --version 2>&1 | grep -c 'nintei.aot' || true)
  [ "$aot" -ge 1 ] || fail "the command nintei does not open the ahead-of-time cache"
  aot=$(env -u DISPLAY -u WAYLAND_DISPLAY strace -f -e trace=openat "$command" 2>&1 | grep -c 'nintei-window.aot' || true)
  [ "$aot" -ge 1 ] || fail "the command nintei alone (the window) does not open the window's cache"
fi
# -XX:AOTMode=on: the JVM refuses to start on a cache it cannot use (the launcher's -Xlog:aot*=off would hide it)
JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$command" --version >/dev/null 2>&1 || fail "the commands' cache is refused"
window=$(env -u DISPLAY -u WAYLAND_DISPLAY JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$command" 2>&1 || true)
grep -q 'Unable to use AOT cache' <<<"$window" && fail "the window's cache is refused"
if command -v strace >/dev/null; then
  asked=$(strace -f -e trace=execve "$command" --version 2>&1 | grep -c 'dpkg\|rpm' || true)
  [ "$asked" = 0 ] || fail "the command nintei asks the package manager"
else
  echo "(strace is not installed: not checked that the launcher opens its ahead-of-time cache)"
fi
got=$("$launcher" --version)
[ "$got" = "Nintei $version" ] || fail "--version says '$got', the pom says $version"
[ "$("$command" --version)" = "$got" ] || fail "nintei --version says '$("$command" --version)'"
echo "--version: $got"

work=$(mktemp -d)
"$launcher" --db "$work/nintei.db" set earnings.cutoff 150000 >/dev/null
summary=$("$launcher" --db "$work/nintei.db" summary)
head -n 1 <<<"$summary" | grep -q '^requirement,value,target,met,needed,margin' || fail "summary: $summary"
[ "$("$command" --db "$work/nintei.db" summary --as-of 2026-11-28)" = "$("$launcher" --db "$work/nintei.db" summary \
  --as-of 2026-11-28)" ] || fail "nintei summary differs from the launcher's"
echo "summary: $(wc -l <<<"$summary") lines"
seconds() { local start; start=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $start" | bc; }
echo "cold summary: launcher $(seconds "$launcher" --db "$work/nintei.db" summary) s," \
  "nintei $(seconds "$command" --db "$work/nintei.db" summary) s, bare JVM $(seconds "$app/lib/runtime/bin/java" -version) s"

first_frame() { # seconds from start to the window, or "running" when xdotool is missing
  local display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & local xvfb=$!
  sleep 1
  local start; start=$(date +%s.%N)
  DISPLAY=$display "$@" >"$work/app.log" 2>&1 & local pid=$!
  local result
  if command -v xdotool >/dev/null; then
    if DISPLAY=$display timeout 60 xdotool search --sync --name 'Nintei' >/dev/null; then
      result=$(echo "$(date +%s.%N) - $start" | bc)
    else
      result=none
    fi
  else
    sleep 15
    kill -0 "$pid" 2>/dev/null && result=running || result=none
  fi
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true
  echo "$result"
}
if command -v Xvfb >/dev/null; then
  installed=$(first_frame "$command" --db "$work/nintei.db")
  [ "$installed" != none ] || { cat "$work/app.log"; fail "the window did not open"; }
  grep -q 'Exception' "$work/app.log" && { cat "$work/app.log"; fail "exception while starting"; }
  grep -q 'Unsupported JavaFX configuration' "$work/app.log" && fail "the installed app warns: JavaFX not a module"
  jar=$(first_frame "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar target/nintei.jar --db "$work/nintei.db")
  grep -q 'Unsupported JavaFX configuration' "$work/app.log" && fail "java -jar warns: JavaFX not a module"
  echo "window: installed ${installed} s, java -jar ${jar} s"
else
  echo "Xvfb is not installed: the window was not tried (apt-get install xvfb)"
fi
echo "sizes: .deb $(du -h "$deb" | cut -f1), installed $(du -sh "$app" | cut -f1)"
echo "OK"
