#!/usr/bin/env bash
# Generates every icon from the one drawing, icons/nintei.svg:
#   icons/generate.sh
# PNG 16–1024 (Linux, the window icon, the installers), nintei.ico (Windows: 16–256), nintei.icns (macOS: 16–1024).
# Needs rsvg-convert (librsvg2-bin) or ImageMagick's convert, and ImageMagick for the .ico; the .icns is packed by
# icons/Icns.java with the JDK alone.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512 1024; do
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$size" -h "$size" nintei.svg -o "nintei-$size.png"
  else
    convert -background none -density $((size * 72 / 1024 * 4 + 72)) nintei.svg -resize "${size}x${size}" \
      "PNG32:nintei-$size.png"
  fi
done
convert nintei-16.png nintei-32.png nintei-48.png nintei-64.png nintei-128.png nintei-256.png nintei.ico
java Icns.java nintei.icns nintei-16.png nintei-32.png nintei-64.png nintei-128.png nintei-256.png nintei-512.png \
  nintei-1024.png
echo "icons: $(ls nintei-*.png | wc -l) PNG, nintei.ico, nintei.icns"
