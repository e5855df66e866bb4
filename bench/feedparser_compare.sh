#!/usr/bin/env bash
# Times `coinwire feed parse --json` against Python feedparser (Debian python3-feedparser) on the whole feed corpus.
# Usage: bench/feedparser_compare.sh [runs]   (from anywhere; needs dotnet, /usr/bin/python3 with feedparser;
# uses hyperfine when installed, else a /usr/bin/time loop). COINWIRE_FEEDS overrides the corpus folder.
# Times the App as scripts run it: the Release build's `coinwire` executable, which src/Coinwire.App/ReadyToRun.targets
# precompiles on linux-x64 (R2R=0 builds it with -p:CoinwireReadyToRun=false: every method JIT-compiled at run time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feeds="${COINWIRE_FEEDS:-$root/../shared/corpus/feeds}"
runs="${1:-5}"
build=(dotnet build "$root/src/Coinwire.App" -c Release)
[[ "${R2R:-1}" == 1 ]] || build+=(-p:CoinwireReadyToRun=false)
exe="$root/src/Coinwire.App/bin/Release/net10.0/coinwire"
py=/usr/bin/python3   # Debian's python: pyenv's python3 may come first on PATH and lacks python3-feedparser

[[ -d "$feeds/crypto" ]] || { echo "feed corpus not found: $feeds (set COINWIRE_FEEDS)" >&2; exit 2; }
"$py" -c 'import feedparser' 2>/dev/null || { echo "feedparser missing: apt-get install -y python3-feedparser" >&2; exit 2; }
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  "${build[@]}" -v q -nologo >/dev/null
fi

mapfile -t files < <(find "$feeds/crypto" "$feeds/general" -type f | sort)
bytes=$(cat "${files[@]}" | wc -c)
echo "corpus: ${#files[@]} files, $bytes bytes; $(nproc) cores; $(uptime | sed 's/.*load/load/')"

# --json output is discarded (hyperfine default); exit code 2 (some corpus files are not feeds) is expected.
coinwire=("$exe" feed parse --json "${files[@]}")
python=("$py" "$root/bench/feedparser_parse.py" "${files[@]}")
quoted() { printf '%q ' "$@"; }

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" -i -N --export-markdown "${HYPERFINE_MD:-/dev/null}" \
    -n "coinwire feed parse --json" "$(quoted "${coinwire[@]}")" \
    -n "python3 feedparser" "$(quoted "${python[@]}")" \
    -n "coinwire startup (one tiny file)" "$(quoted "$exe" feed parse --json "$feeds/general/023-dailymail-tiny.xml")" \
    -n "python3 feedparser, one tiny file" "$(quoted "$py" "$root/bench/feedparser_parse.py" "$feeds/general/023-dailymail-tiny.xml")"
else
  for name in coinwire python; do
    declare -n cmd="$name"
    for ((i = 0; i < runs; i++)); do
      /usr/bin/time -f "$name %e s %M KB" "${cmd[@]}" >/dev/null || true
    done
  done
fi
