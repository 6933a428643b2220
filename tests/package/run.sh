#!/usr/bin/env bash
# Package test: pack `Alta`, install it from a local folder into a fresh console project, build and run a
# small program, and check that a broken program fails the build with an ALTA error. Leaves nothing behind.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"   # a private cache: nothing stale, nothing left behind
version="0.1.0-local.$(date +%s)"

dotnet pack "$root/Alta.Package/Alta.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v quiet

app="$work/app"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Alta" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using Alta;

var interpreted = Parity.Interpret([2, 1, 0, 1, 0, 1]);
var compiled = Parity.Run([2, 1, 0, 1, 0, 1]);
Console.WriteLine("interpret " + string.Join(",", interpreted.Outputs.Select(b => b ? 1 : 0)) + " halted=" + interpreted.Halted
    + " run " + string.Join(",", compiled.Outputs.Select(b => b ? 1 : 0)) + " halted=" + compiled.Halted
    + " rules=" + Parity.Model.Statistics.Rules);

[AltaProgram(Vocabulary = 3, Output = nameof(Bit), HaltWhen = nameof(Done))]
public partial class Parity
{
    [FromToken(nameof(BitOf))] public bool Bit;
    [FromToken(nameof(IsStart))] public bool Done;
    [Attend(Value = nameof(Bit), Offsets = new[] { -1 })] public bool? BitLeft;
    [Attend(Value = nameof(Done), Offsets = new[] { -1 })] public bool? DoneLeft;
    static bool BitOf(int token) => token == 1;
    static bool IsStart(int token) => token == 2;
    [Mlp] void Step() { if (!Done && DoneLeft == true) { Bit ^= BitLeft ?? false; Done = true; } }
}
CS
dotnet build "$app/App.csproj" -c Release --nologo -v quiet
# The restored package has the generator where the compiler looks for analyzers, and the run time in lib/.
installed="$NUGET_PACKAGES/alta/$version"
for file in analyzers/dotnet/cs/Alta.Generators.dll lib/net10.0/Alta.Kernels.dll lib/net10.0/Alta.Abstractions.dll; do
  [ -f "$installed/$file" ] || { echo "package test: the package has no $file"; exit 1; }
done
output="$(dotnet "$app/bin/Release/net10.0/App.dll")"
echo "package app printed: $output"
[ "$output" = "interpret 0,1,1,0,0,1 halted=True run 0,1,1,0,0,1 halted=True rules=3" ] || { echo "package test: wrong output"; exit 1; }

# A broken program must fail the build with an ALTA error at its line.
sed -i 's/public partial class Parity/public class Parity/' "$app/Program.cs"
if dotnet build "$app/App.csproj" -c Release --nologo -v quiet > "$work/broken.log" 2>&1; then
  echo "package test: a non-partial program built"; exit 1
fi
grep -q "Program.cs(10,14): error ALTA001" "$work/broken.log" || { echo "package test: no ALTA001 at Program.cs(10,14)"; cat "$work/broken.log"; exit 1; }
echo "package test: passed"
