#!/usr/bin/env bash
# Builds a native installer (or an app image) of Nintei with the JDK's jpackage.
#   packaging/jpackage.sh [app-image|deb|rpm|msi|exe|dmg|pkg]      (default: app-image)
# Run it on the system you package for (jpackage does not cross-build). Output: target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
./mvnw -q -B -DskipTests package
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)
input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/nintei.jar "$input"/
cp -r target/lib "$input"/lib

args=(--type "$type" --name Nintei --app-version "$version" --vendor Nintei
      --description "Progress to Lancers' Certified Lancer (認定ランサー), on your own logbook"
      --input "$input" --main-jar nintei.jar --main-class jp.nintei.shell.Main
      --java-options "-Dfile.encoding=UTF-8"
      --dest target/installer)
case "$type" in
  msi|exe) args+=(--icon icons/nintei.ico --win-menu --win-shortcut --win-dir-chooser) ;;
  dmg|pkg) [ -f icons/nintei.icns ] && args+=(--icon icons/nintei.icns) ;;
  deb) args+=(--icon icons/nintei-512.png --linux-package-deps "libgtk-3-0, libxtst6") ;;
  *) [ "$(uname -s)" = Linux ] && args+=(--icon icons/nintei-512.png) ;;
esac
jpackage "${args[@]}"
echo "Built $type in target/installer/"
