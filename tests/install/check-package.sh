#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
#
# Builds Balie's .deb from a build folder, unpacks it into a throwaway root (dpkg -x, no
# container) and checks what a user's machine gets: the dependencies dpkg cannot see, the
# desktop files and icons, the manual page, the shell completion, and that the installed
# programs start from there without a display.
set -euo pipefail
build="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package"
}
debs=("$work"/out/*.deb)
deb="${debs[0]}"
[[ -f $deb ]] || fail "cpack wrote no .deb"
echo "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
# Found by dpkg-shlibdeps, and the ones it cannot see: plugins and the Secret Service.
for p in libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6 libqt6sql6-sqlite libsecret-1-0 \
    gnome-keyring; do
    [[ $depends == *"$p"* ]] || fail "Depends does not name $p"
done

root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/balie usr/bin/balie-cli usr/bin/balie-sandbox \
    usr/share/applications/nl.balie.Balie.desktop \
    usr/share/metainfo/nl.balie.Balie.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/nl.balie.Balie.svg \
    usr/share/man/man1/balie-cli.1 \
    usr/share/bash-completion/completions/balie-cli; do
    [[ -s $root/$f ]] || fail "the package does not install $f"
done
for size in 48 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/nl.balie.Balie.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "no ${size}x${size} icon: $png"
done
# Installed programs load their libraries from the system, never from the build folder.
for program in "$root"/usr/bin/*; do
    if readelf -d "$program" | grep -E 'RPATH|RUNPATH'; then
        fail "$program keeps a library search path"
    fi
done

desktop-file-validate "$root/usr/share/applications/nl.balie.Balie.desktop"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

# The programs start from the unpacked root, with no display and no build folder.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
version="$(run "$root/usr/bin/balie" --version)"
[[ $version == "balie "* ]] || fail "balie --version printed: $version"
version="$(run "$root/usr/bin/balie-cli" --version)"
[[ $version == "balie-cli "* ]] || fail "balie-cli --version printed: $version"
run "$root/usr/bin/balie-sandbox" --help | grep -q -- "--customers" || fail "balie-sandbox --help"
# balie-cli is a client: the sandbox's server parts stay out of it.
if ldd "$root/usr/bin/balie-cli" | grep -E "Qt6(HttpServer|WebSockets)"; then
    fail "balie-cli links the sandbox's server libraries"
fi
echo "started: $(run "$root/usr/bin/balie" --version), $version"

# The manual page: well-formed roff, and every command of --help in it.
man1="$root/usr/share/man/man1/balie-cli.1"
warnings="$(groff -man -Tutf8 -ww -z "$man1" 2>&1 || true)"
[[ -z $warnings ]] || fail "groff warns about the manual page: $warnings"
page="$(MANWIDTH=100 man -l "$man1" 2>/dev/null | col -b)"
help="$(run "$root/usr/bin/balie-cli" --help)"
commands=0
while read -r words; do
    [[ $page == *"balie-cli $words"* ]] || fail "the manual page lacks \"balie-cli $words\""
    commands=$((commands + 1))
done < <(printf '%s\n' "$help" | sed -n '/^Commands:/,/^Global options:/p' |
    grep -E '^  [a-z]' | awk '{ w = $1; if ($2 ~ /^[a-z]+$/) w = w " " $2; print w }')
((commands > 10)) || fail "found only $commands commands in --help"
echo "manual page: all $commands commands of --help"

# Completion, as bash calls it, with the installed balie-cli on the PATH.
complete_words() {
    PATH="$root/usr/bin:$PATH" bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _balie_cli
        printf "%s\n" "${COMPREPLY[@]}"' sh "$root/usr/share/bash-completion/completions/balie-cli" "$@"
}
expect() {
    local want="$1"
    shift
    local got
    got="$(complete_words "$@" | sort | tr '\n' ' ' | sed 's/ $//')"
    [[ $got == "$want" ]] || fail "completing \"$*\": expected \"$want\", got \"$got\""
}
expect "bookings" balie-cli book
expect "cancel complete confirm create" balie-cli bookings c
expect "--flavour" balie-cli connections add Desk --fla
expect "oas otesse outseta" balie-cli connections add Desk --flavour o
expect "cancelled completed confirmed created" balie-cli --status c
# Connection names come from balie-cli itself, from the same settings file.
config="$work/connections.ini"
export BALIE_KEYCHAIN_SERVICE="balie-package-test-$$"
run "$root/usr/bin/balie-cli" --config "$config" connections add "Front desk" --flavour balie \
    --url http://127.0.0.1:9 --username desk --email desk@example.org </dev/null >/dev/null ||
    fail "balie-cli could not add a connection"
expect "Front desk" balie-cli --config "$config" connections use F
expect "Front desk" balie-cli --config "$config" --connection F
echo "completion: commands, options, values and connection names"
