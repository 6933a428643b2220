#!/usr/bin/env bash
# Package test: README's install recipe exactly as written (pack to a local folder source, new console app,
# add the package), in a fresh folder next to a stand-in for the repository folder `Alta/`; then README's
# quick start pasted into Program.cs and `dotnet run`, which must print what the quick start's comment says.
# Also checks the package's layout and that a broken program fails the build with an ALTA error at its line.
# Leaves nothing behind.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
readme="$root/README.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"   # a private cache: nothing stale, nothing left behind
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The first plain ``` block of "## Install" is the recipe; the first ```csharp block of "## Quick start" the app.
recipe="$(awk '/^## Install/{s=1} s&&/^```$/{if(f)exit; f=1; next} f' "$readme")"
quickstart="$(awk '/^## Quick start/{s=1} s&&/^```csharp$/{f=1; next} f&&/^```$/{exit} f' "$readme")"
[ -n "$recipe" ] && [ -n "$quickstart" ] || { echo "package test: README has no install recipe or quick start block"; exit 1; }
echo "package test: running README's recipe:"; echo "$recipe"

# `Alta/` in the recipe is the repository's folder: the recipe runs where that folder is next door. (A symbolic
# link named Alta would do, but MSBuild then sees the projects under a second path next to their build outputs.)
mkdir "$work/clean"
(cd "$work/clean" && set -x && eval "${recipe//Alta\//$root/}")
app="$work/clean/MyApp"
[ -f "$app/MyApp.csproj" ] || { echo "package test: the recipe made no MyApp/MyApp.csproj"; exit 1; }

printf '%s\n' "$quickstart" > "$app/Program.cs"
expected="$(sed -n 's|^System.Console.WriteLine(result); *// *||p' <<<"$quickstart")"
output="$(cd "$app" && dotnet run 2>&1)"
echo "package app printed: $output"
[ "$output" = "$expected" ] || { echo "package test: expected '$expected' (README's quick start comment)"; exit 1; }

# The restored package has the generator where the compiler looks for analyzers, and the run time in lib/.
version="$(sed -n 's|.*--version \([^ ]*\).*|\1|p' <<<"$recipe")"
installed="$NUGET_PACKAGES/alta/$version"
for file in analyzers/dotnet/cs/Alta.Generators.dll lib/net10.0/Alta.Kernels.dll lib/net10.0/Alta.Abstractions.dll; do
  [ -f "$installed/$file" ] || { echo "package test: the package has no $file"; exit 1; }
done

# A broken program must fail the build with an ALTA error at its line.
line="$(grep -n '^public partial class' "$app/Program.cs" | head -n 1 | cut -d: -f1)"
sed -i 's/^public partial class/public class/' "$app/Program.cs"
if (cd "$app" && dotnet build --nologo -v quiet > "$work/broken.log" 2>&1); then
  echo "package test: a non-partial program built"; exit 1
fi
grep -q "Program.cs($line,14): error ALTA001" "$work/broken.log" || { echo "package test: no ALTA001 at Program.cs($line,14)"; cat "$work/broken.log"; exit 1; }
echo "package test: passed"
