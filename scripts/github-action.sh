#!/usr/bin/env bash
# The steps of the repository's GitHub Action (action.yml), which runs them as `github-action.sh install` and
# `github-action.sh check`. Everything comes from the environment, as a runner sets it:
#   install: KC_VERSION (empty: the newest), KC_SOURCE (an extra package source), RUNNER_TEMP, GITHUB_PATH
#   check:   KC_FILES, KC_KIBANA_VERSION, KC_KEYSTORE, KC_FAIL_LEVEL, KC_SARIF, KC_ARGS, GITHUB_OUTPUT
# Problems are printed as workflow commands (::error file=...,line=...,col=...::), which annotate the pull request.
# The exit code is check's: 0 nothing at the fail level, 1 problems, 2 a usage error or an unreadable file.
set -euo pipefail

tool_path="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/kibana-connectors-tool"
package=KibanaConnectors.Tool

install() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "::error title=kibana-connectors::dotnet is not on PATH; add actions/setup-dotnet before this action"
    exit 2
  fi

  # A second run in the same job keeps the tool it installed when the version asked for is the one there.
  local installed
  installed=$(dotnet tool list --tool-path "$tool_path" 2>/dev/null | awk -v id="${package,,}" 'tolower($1) == id { print $2 }' || true)
  if [[ -n "$installed" && ( -z "${KC_VERSION:-}" || "$installed" == "${KC_VERSION:-}" ) ]]; then
    echo "kibana-connectors $installed is installed in $tool_path"
  else
    if [[ -n "$installed" ]]; then
      dotnet tool uninstall "$package" --tool-path "$tool_path" >/dev/null
    fi

    local arguments=(tool install "$package" --tool-path "$tool_path")
    [[ -n "${KC_VERSION:-}" ]] && arguments+=(--version "$KC_VERSION")
    [[ -n "${KC_SOURCE:-}" ]] && arguments+=(--add-source "$KC_SOURCE")
    dotnet "${arguments[@]}"
  fi

  # Later steps of the job can run kibana-connectors too.
  if [[ -n "${GITHUB_PATH:-}" ]]; then
    echo "$tool_path" >>"$GITHUB_PATH"
  fi
}

# words_of TEXT NAME: the words of TEXT (split at spaces, tabs and new lines; no glob expanded) into the array NAME.
words_of() {
  local -n into=$2
  into=()
  read -r -d '' -a into <<<"$1" || true
}

check() {
  local tool="$tool_path/kibana-connectors"
  [[ -x "$tool" ]] || tool=kibana-connectors

  # Files: words of KC_FILES; a glob expands to what it matches (** into folders), in a stable order, and one that
  # matches nothing is left out; a plain name is passed as it is, so that a missing file is reported.
  local files=() word words=() matches
  shopt -s globstar
  words_of "${KC_FILES:-}" words
  for word in "${words[@]}"; do
    if [[ "$word" == *[\*\?\[]* ]]; then
      mapfile -t matches < <(compgen -G "$word" | LC_ALL=C sort || true)
      files+=("${matches[@]}")
    else
      files+=("$word")
    fi
  done

  if [[ ${#files[@]} -eq 0 ]]; then
    echo "::error title=kibana-connectors::no settings file matches '${KC_FILES:-}'; set the action's files input"
    exit 2
  fi

  local options=()
  [[ -n "${KC_KIBANA_VERSION:-}" ]] && options+=(--kibana-version "$KC_KIBANA_VERSION")
  words_of "${KC_KEYSTORE:-}" words
  for word in "${words[@]}"; do
    options+=(--keystore "$word")
  done
  [[ -n "${KC_FAIL_LEVEL:-}" ]] && options+=(--fail-level "$KC_FAIL_LEVEL")
  words_of "${KC_ARGS:-}" words
  options+=("${words[@]}")

  echo "kibana-connectors check ${files[*]}"
  if [[ -n "${KC_SARIF:-}" ]]; then
    # Written first, so that it is there for upload-sarif even when the check fails the step.
    mkdir -p "$(dirname "$KC_SARIF")"
    local status=0
    "$tool" check "${files[@]}" "${options[@]}" --format sarif >"$KC_SARIF" || status=$?
    if [[ $status -eq 2 ]]; then
      rm -f "$KC_SARIF"
    elif [[ -n "${GITHUB_OUTPUT:-}" ]]; then
      echo "sarif=$KC_SARIF" >>"$GITHUB_OUTPUT"
    fi
  fi

  "$tool" check "${files[@]}" "${options[@]}" --format github
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  *)
    echo "usage: $0 install|check (the steps of action.yml; inputs in the environment)" >&2
    exit 2
    ;;
esac
