#!/usr/bin/env bash
# Packs every package of this repository into one folder, so that a clone can be used without a package feed:
#   scripts/pack-local.sh [--repository-url URL] [--version VERSION] [--output DIR] [--framework-dependent]
# Then: a nuget.config with that folder as a package source for <PackageReference Include="KibanaConnectors" />, and
#   dotnet tool install --global KibanaConnectors.Tool --add-source ./artifacts/packages
# (README.md, "Use it from a clone").
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/pack-local.sh [--repository-url URL] [--version VERSION] [--output DIR] [--framework-dependent]

Packs KibanaConnectors, KibanaConnectors.Configuration, KibanaConnectors.Client and KibanaConnectors.Tool
(Release) into DIR, ./artifacts/packages by default. The tool is three packages: KibanaConnectors.Tool, which names
the other two, KibanaConnectors.Tool.linux-x64 (on a linux-x64 machine: the native executable, compiled with
Native AOT, which needs clang or gcc and zlib1g-dev) and KibanaConnectors.Tool.any (framework-dependent).

  --repository-url URL   where the packages say they come from; each diagnostic's help link points at its page
                         there (-p:RepositoryUrl)
  --version VERSION      the packages' version (default: the repository's, in Directory.Build.props). NuGet caches
                         a version the first time it restores it: pack changed sources under a new version.
  --output DIR           the folder to pack into
  --framework-dependent  no native tool: KibanaConnectors.Tool is the framework-dependent tool alone (faster to pack)
USAGE
}

root="$(cd "$(dirname "$0")/.." && pwd)"
output="$root/artifacts/packages"
properties=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repository-url|--version|--output)
      if [[ $# -lt 2 || "$2" == --* ]]; then
        echo "pack-local.sh: $1 needs a value" >&2
        exit 2
      fi
      case "$1" in
        --repository-url) properties+=("-p:RepositoryUrl=$2") ;;
        --version) properties+=("-p:Version=$2") ;;
        --output) output="$2" ;;
      esac
      shift 2
      ;;
    --framework-dependent)
      properties+=("-p:KibanaConnectorsNativeRuntimeIdentifiers=none")
      shift
      ;;
    -h|--help)
      usage
      exit 0
      ;;
    *)
      echo "pack-local.sh: unknown argument '$1'" >&2
      usage >&2
      exit 2
      ;;
  esac
done

mkdir -p "$output"
output="$(cd "$output" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# One project after another: each reuses the Release build of the rules core the previous one made.
for project in KibanaConnectors KibanaConnectors.Configuration KibanaConnectors.Client KibanaConnectors.Cli; do
  echo "pack-local.sh: packing $project"
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$output" -v quiet -nologo ${properties[@]+"${properties[@]}"}
done

echo
echo "Packages in $output:"
ls -1 "$output"/*.nupkg
cat <<NEXT

Use them:
  a project:  a nuget.config beside it (or above it) with
                <add key="kibana-connectors-local" value="$output" />
              under <packageSources>, then <PackageReference Include="KibanaConnectors" Version="..." />
  the tool:   dotnet tool install --global KibanaConnectors.Tool --add-source "$output"
              or, without installing it (.NET 10 SDK):
              dnx KibanaConnectors.Tool --add-source "$output" --yes -- check kibana.yml
NEXT
