#!/usr/bin/env bash
# packaging_build (CTest): builds the .deb, .rpm and .tar.gz with CPack from the finished build,
# for packaging_validate and packaging_install. Run by ctest, which sets the variables below.
set -euo pipefail
: "${ATTUNE_BINARY_DIR:?run through ctest}" "${ATTUNE_PACKAGE_DIR:?}" "${ATTUNE_VERSION:?}"
: "${CPACK_COMMAND:?}"

for tool in dpkg-shlibdeps dpkg-deb rpmbuild gzip; do
    command -v "$tool" >/dev/null || {
        echo "packaging_build: FAIL: $tool is missing; run: bash .ci/install-deps" >&2
        exit 1
    }
done

rm -rf "$ATTUNE_PACKAGE_DIR"
mkdir -p "$ATTUNE_PACKAGE_DIR"
cd "$ATTUNE_BINARY_DIR"
# No rebuild here (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY): the packages hold what the build made.
"$CPACK_COMMAND" --config CPackConfig.cmake -B "$ATTUNE_PACKAGE_DIR"

cd "$ATTUNE_PACKAGE_DIR"
shopt -s nullglob
debs=(attune_"$ATTUNE_VERSION"_*.deb)
rpms=(attune-"$ATTUNE_VERSION"-*.rpm)
tgzs=(attune-"$ATTUNE_VERSION"-linux-*.tar.gz)
if [ ${#debs[@]} -ne 1 ] || [ ${#rpms[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ]; then
    echo "packaging_build: FAIL: expected one .deb, one .rpm and one .tar.gz in $PWD:" >&2
    ls -l >&2
    exit 1
fi
echo "packaging_build: built"
ls -l "${debs[0]}" "${rpms[0]}" "${tgzs[0]}"
