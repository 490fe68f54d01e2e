# A library that fails while being sourced (a failing command under set -e).
set -euo pipefail
echo "loading broken library" >&2
false
