#!/usr/bin/env bash
# Regenerates packages/protocol/generated from proto/ (static protobufjs code + types).
set -euo pipefail
cd "$(dirname "$0")/.."
out=packages/protocol/generated
mkdir -p "$out"
npx pbjs -t static-module -w es6 --force-number --no-service --no-typeurl -p proto \
  -o "$out/realmforge.js" proto/realmforge/v1/*.proto
npx pbts -o "$out/realmforge.d.ts" "$out/realmforge.js"
# pbts writes a CommonJS-style import of long; we force numbers, so plain type import suffices.
sed -i 's|^import Long = require("long");|import type Long from "long";|' "$out/realmforge.d.ts"
