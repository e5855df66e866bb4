#!/usr/bin/env bash
# Rebuilds src/Coinwire/Tagging/Data/coins.tsv from ../shared/corpus/coins and the curated files here.
set -euo pipefail
cd "$(dirname "$0")/../.."
COINWIRE_REGENERATE_TAGGING=1 dotnet test tests/Coinwire.Tests --filter "FullyQualifiedName~CoinDataGeneratorTests"
