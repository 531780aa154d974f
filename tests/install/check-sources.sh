#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
#
# Every source says its licence (SPDX) and is formatted as `./dev format` leaves it.
set -euo pipefail
cd "$1"
folders=(api app models store ui sandbox tests translations resources cmake)
missing=()
checked=0
while IFS= read -r -d '' file; do
    grep -q 'SPDX-License-Identifier:' "$file" || missing+=("$file")
    checked=$((checked + 1))
done < <(find "${folders[@]}" \( -name '*.cpp' -o -name '*.h' -o -name '*.cmake' \
    -o -name CMakeLists.txt -o -name '*.sh' -o -name '*.desktop' -o -name '*.xml' -o -name '*.svg' \) \
    -print0)
for file in dev .ci/run CMakeLists.txt; do
    grep -q 'SPDX-License-Identifier:' "$file" || missing+=("$file")
done
if ((${#missing[@]})); then
    printf 'no SPDX-License-Identifier: %s\n' "${missing[@]}" >&2
    exit 1
fi
((checked > 300)) || { echo "found only $checked sources" >&2; exit 1; }
echo "all $checked sources name their licence"

mapfile -d '' sources < <(find api app models store ui sandbox tests translations \
    \( -name '*.cpp' -o -name '*.h' \) -print0)
clang-format --dry-run --Werror "${sources[@]}"
echo "${#sources[@]} C++ sources formatted (./dev format)"
