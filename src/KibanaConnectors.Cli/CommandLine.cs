using System;
using System.Collections.Generic;
using System.Linq;

namespace KibanaConnectors.Cli
{
    internal enum OutputFormat
    {
        Text,
        MSBuild,
        GitHub,
        Sarif,
        Json,
    }

    /// <summary><c>--fail-level</c>: the least severe problem that makes <c>check</c> exit with 1.</summary>
    internal enum FailLevel
    {
        /// <summary>Errors only (the default).</summary>
        Error,

        /// <summary>Errors and warnings; the warnings are still shown as warnings.</summary>
        Warning,

        /// <summary>Never: problems are reported, the exit code is 0 (a usage error is still 2).</summary>
        None,
    }

    /// <summary>What the command line asks for. <see cref="Error"/> is set when it cannot be understood.</summary>
    internal sealed class CommandLine
    {
        public const string Stdin = "-";

        private static readonly string[] s_commands = { "check", "list", "explain", "schema", "lsp" };

        private static readonly string[] s_options = { "--help", "--keystore", "--license", "--format", "--warnaserror", "--nowarn", "--merge-keys", "--elastic-cloud", "--no-color", "--kibana-version", "--shape", "--fail-level", "--config", "--no-config" };

        public string Command { get; private set; } = string.Empty;

        public List<string> Files { get; } = new List<string>();

        public List<string> KeystoreFiles { get; } = new List<string>();

        /// <summary>For <c>explain</c>: the id asked about, as written; null lists every id.</summary>
        public string? ExplainId { get; private set; }

        public string? License { get; private set; }

        public OutputFormat Format { get; private set; } = OutputFormat.Text;

        public bool WarningsAsErrors { get; private set; }

        /// <summary><c>--fail-level</c>: which problems make <c>check</c> exit with 1.</summary>
        public FailLevel FailLevel { get; private set; } = FailLevel.Error;

        public HashSet<string> NoWarn { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public bool MergeKeys { get; private set; }

        public bool ElasticCloud { get; private set; }

        /// <summary>The Kibana release whose reader and rules apply; null for the newest.</summary>
        public Rules.Model.KibanaVersion? KibanaVersion { get; private set; }

        /// <summary><c>--shape</c>: where every file given keeps Kibana's settings; null lets each file's content tell.</summary>
        public string? Shape { get; private set; }

        /// <summary><c>--config</c>: the project config file to read instead of the .kibana-connectors.yml found; null to look for one.</summary>
        public string? ConfigFile { get; private set; }

        /// <summary><c>--no-config</c>: read no project config file.</summary>
        public bool NoConfig { get; private set; }

        /// <summary><c>--no-color</c>: plain text even on a terminal.</summary>
        public bool NoColor { get; private set; }

        public bool Help { get; private set; }

        public bool Version { get; private set; }

        public string? Error { get; private set; }

        public static CommandLine Parse(IReadOnlyList<string> args)
        {
            var line = new CommandLine();
            if (args.Count == 0)
            {
                line.Help = true;
                return line;
            }

            var first = args[0];
            if (first == "--help" || first == "-h" || first == "-?" || first == "help")
            {
                line.Help = true;
                line.Command = args.Count > 1 ? args[1] : string.Empty;
                return line;
            }

            if (first == "--version")
            {
                line.Version = true;
                return line;
            }

            if (!s_commands.Contains(first))
            {
                line.Error = $"unknown command '{first}'{Rules.Common.NameSuggester.InParentheses(first, s_commands)}; use 'check', 'list', 'explain', 'schema' or 'lsp' (kibana-connectors --help shows them)";
                return line;
            }

            line.Command = first;
            if (first == "explain")
            {
                return ParseExplain(line, args);
            }

            if (first == "lsp")
            {
                foreach (var arg in args.Skip(1))
                {
                    if (arg == "--help" || arg == "-h")
                    {
                        line.Help = true;
                    }
                    else if (arg != "--stdio")
                    {
                        line.Error ??= $"'lsp' takes no argument but --stdio (the only transport), not '{arg}' (kibana-connectors lsp --help)";
                    }
                }

                return line;
            }

            if (first == "schema")
            {
                if (args.Count > 1 && args[1] != "--help" && args[1] != "-h")
                {
                    line.Error = $"'schema' takes no argument, not '{args[1]}'; it prints the JSON Schema to standard output";
                }

                line.Help = args.Count > 1 && (args[1] == "--help" || args[1] == "-h");
                return line;
            }

            for (var i = 1; i < args.Count; i++)
            {
                var arg = args[i];
                string? Value()
                {
                    if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return args[++i];
                    }

                    line.Error ??= $"{arg} needs a value";
                    return null;
                }

                switch (arg)
                {
                    case "--help":
                    case "-h":
                        line.Help = true;
                        break;
                    case "--keystore":
                        if (Value() is string keystore)
                        {
                            line.KeystoreFiles.Add(keystore);
                        }

                        break;
                    case "--license":
                        line.License = Value();
                        if (line.License != null && !new[] { "basic", "gold", "platinum", "enterprise" }.Contains(line.License, StringComparer.OrdinalIgnoreCase))
                        {
                            line.Error ??= $"--license '{line.License}' is not a Kibana licence; use basic, gold, platinum or enterprise";
                        }

                        break;
                    case "--format":
                    case "-f":
                        var format = Value();
                        var formats = line.Command == "list" ? new[] { "text", "json" } : new[] { "text", "msbuild", "github", "sarif", "json" };
                        if (format != null && formats.Contains(format, StringComparer.OrdinalIgnoreCase))
                        {
                            line.Format = (OutputFormat)Enum.Parse(typeof(OutputFormat), format, ignoreCase: true);
                        }
                        else if (format != null)
                        {
                            line.Error ??= $"--format '{format}' is not known to '{line.Command}'; use {string.Join(", ", formats)}";
                        }

                        break;
                    case "--warnaserror":
                        line.WarningsAsErrors = true;
                        break;
                    case "--fail-level":
                        var level = Value();
                        var levels = new[] { "error", "warning", "none" };
                        if (level != null && levels.Contains(level, StringComparer.OrdinalIgnoreCase))
                        {
                            line.FailLevel = (FailLevel)Enum.Parse(typeof(FailLevel), level, ignoreCase: true);
                        }
                        else if (level != null)
                        {
                            line.Error ??= $"--fail-level '{level}' is not a level{Rules.Common.NameSuggester.InParentheses(level, levels)}; use error (the default: exit code 1 on errors), warning (on errors or warnings) or none (never)";
                        }

                        break;
                    case "--nowarn":
                        foreach (var id in (Value() ?? string.Empty).Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            line.NoWarn.Add(id.Trim());
                        }

                        break;
                    case "--merge-keys":
                        line.MergeKeys = true;
                        break;
                    case "--elastic-cloud":
                        line.ElasticCloud = true;
                        break;
                    case "--kibana-version":
                        var version = Value();
                        line.KibanaVersion = version == null ? null : Rules.Model.KibanaVersion.Parse(version);
                        if (version != null && line.KibanaVersion == null)
                        {
                            line.Error ??= $"--kibana-version '{version}' is not a Kibana release; use one such as 8.18 or {Rules.Model.KibanaVersion.Newest} ({Rules.Model.KibanaVersion.Oldest} or later)";
                        }

                        break;
                    case "--shape":
                        line.Shape = Value();
                        if (line.Shape != null && Rules.Model.SettingsShapes.Parse(line.Shape) == null)
                        {
                            line.Error ??= $"--shape '{line.Shape}' is not a shape of settings file{Rules.Common.NameSuggester.InParentheses(line.Shape, Rules.Model.SettingsShapes.Names)}; use {string.Join(", ", Rules.Model.SettingsShapes.Names)}";
                        }

                        break;
                    case "--no-color":
                        line.NoColor = true;
                        break;
                    case "--config":
                        line.ConfigFile = Value();
                        break;
                    case "--no-config":
                        line.NoConfig = true;
                        break;
                    default:
                        if (arg.StartsWith("-", StringComparison.Ordinal) && arg != Stdin)
                        {
                            line.Error ??= $"unknown option '{arg}'{Rules.Common.NameSuggester.InParentheses(arg, s_options)} (kibana-connectors {line.Command} --help lists the options)";
                        }
                        else
                        {
                            line.Files.Add(arg);
                        }

                        break;
                }
            }

            if (line.Error == null && !line.Help && line.Files.Count == 0)
            {
                line.Error = $"no settings file given; write 'kibana-connectors {line.Command} kibana.yml', or '-' to read standard input";
            }

            if (line.Error == null && line.Files.Concat(line.KeystoreFiles).Count(f => f == Stdin) > 1)
            {
                line.Error = "'-' (standard input) can be given once, for one settings file or one keystore list";
            }

            return line;
        }

        // explain [<id>] [--no-color]: the other commands' options mean nothing here.
        private static CommandLine ParseExplain(CommandLine line, IReadOnlyList<string> args)
        {
            foreach (var arg in args.Skip(1))
            {
                if (arg == "--help" || arg == "-h")
                {
                    line.Help = true;
                }
                else if (arg == "--no-color")
                {
                    line.NoColor = true;
                }
                else if (arg.StartsWith("-", StringComparison.Ordinal))
                {
                    line.Error ??= $"'{arg}' is not an option of 'explain', which takes an id and --no-color (kibana-connectors explain --help)";
                }
                else if (line.ExplainId != null)
                {
                    line.Error ??= $"explain takes one id, but got '{line.ExplainId}' and '{arg}'";
                }
                else
                {
                    line.ExplainId = arg;
                }
            }

            return line;
        }

        public static string Usage(string command) => command switch
        {
            "check" => @"Usage: kibana-connectors check <file>... [options]

Checks the preconfigured connectors of Kibana settings files and prints every problem with its place.
A file '-' is read from standard input. Files where Kibana deployments keep the settings are read too: ECK
manifests (each Kibana resource's spec.config, reported per resource), values of Elastic's kibana Helm chart
(kibanaConfig's kibana.yml) and of the eck-stack chart (eck-kibana.config); the content tells which.

Options:
  --keystore <file>        output of 'kibana-keystore list' (one key per line): secrets listed there are present; or a
                           Kubernetes manifest whose Secrets Kibana resources name in spec.secureSettings; repeatable
  --shape <shape>          read every file as settings (a kibana.yml), eck, helm or eck-stack instead of telling by content
  --license <licence>      basic, gold, platinum or enterprise: warn about connector types that need more (KC0303)
  --format <format>        text (default), msbuild, github (workflow commands), sarif, json
  --warnaserror            treat warnings as errors (shown as errors, exit code 1)
  --fail-level <level>     error (default): exit code 1 on errors; warning: on errors or warnings, which are still
                           shown as warnings; none: exit code 0 whatever is found (for a report only)
  --nowarn <ids>           leave these warnings out, e.g. KC0401,KC0304 (errors are always shown)
  --kibana-version <x.y>   the Kibana release whose reader and rules apply, e.g. 8.18 (default: the newest)
  --merge-keys             apply YAML '<<' merge keys, as Kibana releases that used js-yaml did
  --elastic-cloud          Kibana runs on Elastic Cloud: its Elastic-Cloud-SMTP connector exists
  --config <file>          the project config file to read (default: the first .kibana-connectors.yml in the files'
                           folder or above it, up to the repository root); options given here win over it
  --no-config              read no project config file
  --no-color               no colour in text output (also off when NO_COLOR is set or the output is redirected)

Text output shows each problem's line with carets under the place; secret values in it are masked.
'kibana-connectors explain <id>' tells what an id means and how to fix it.

Exit codes: 0 no problem at the fail level, 1 errors (or warnings with --warnaserror or --fail-level warning),
2 usage error or unreadable file.",
            "list" => @"Usage: kibana-connectors list <file>... [options]

Lists the connectors of Kibana settings files: id, type, name, and where each secret comes from (never its value);
for ECK manifests, the Kibana resource each belongs to.

Options:
  --keystore <file>        output of 'kibana-keystore list', or a manifest with Secrets: keys there come from the keystore; repeatable
  --shape <shape>          read every file as settings, eck, helm or eck-stack instead of telling by content
  --format <format>        text (default) or json
  --kibana-version <x.y>   the Kibana release whose reader and rules apply (default: the newest)
  --merge-keys             apply YAML '<<' merge keys
  --elastic-cloud          include Elastic Cloud's Elastic-Cloud-SMTP connector
  --config <file>          the project config file (default: the .kibana-connectors.yml found); --no-config: none

Exit codes: 0 listed, 2 usage error or unreadable file.",
            "schema" => @"Usage: kibana-connectors schema

Prints a JSON Schema (draft-07) of Kibana settings files with preconfigured connectors, written from the same
catalogue as the rules: the types, their fields with descriptions, defaults and allowed values, and snippets.
It never flags a file the rules accept, so it finds fewer problems than 'check'; editors that read schemas
(yaml-language-server, JetBrains IDEs) underline what it finds. The same file is in the repository's schemas/
folder and in the packages.

Exit codes: 0 printed, 2 usage error.",
            "explain" => @"Usage: kibana-connectors explain [<id>] [--no-color]

Prints the page of a diagnostic id: what it means, Kibana's rule, an example and the fix. Offline: the pages are
part of the tool. Without an id, lists every id with its title.
The id may be written KC0202, kc0202 or 202.

Options:
  --no-color               no colour (also off when NO_COLOR is set or the output is redirected)

Exit codes: 0 printed, 2 an id KibanaConnectors does not have (the closest ones are named).",
            "lsp" => @"Usage: kibana-connectors lsp [--stdio]

Runs the editor server: the Language Server Protocol (3.17) over standard input and output, until the client
sends exit. Editors start it themselves (the VS Code extension, Neovim's vim.lsp, any LSP client); it is not
meant to be typed. It shows the problems 'check' reports as you type, with quick fixes, hover, completion and
an outline of the connectors. Logs go to standard error. --stdio is accepted and is the only transport.

Exit codes: 0 the client sent shutdown, then exit; 1 it exited (or closed the input) without shutdown, as LSP
asks; 2 usage error.",
            _ => @"Usage: kibana-connectors <command> <file>... [options]

Checks Kibana's preconfigured connectors (xpack.actions.preconfigured in kibana.yml) with the rules of the
KibanaConnectors source generator.

Commands:
  check    print every problem with its file, line and column; exit code 1 on errors
  list     print the connectors and where their secrets come from
  explain  print what a diagnostic id means and how to fix it (without an id: list every id)
  schema   print the JSON Schema of settings files, for editors that validate YAML against schemas
  lsp      run the editor server (Language Server Protocol over standard input and output)

Options:
  --help, -h               this text; after a command, that command's options
  --version                the tool's version and the Kibana releases whose rules it knows

Run 'kibana-connectors <command> --help' for the options of a command.

Exit codes: 0 no problems at the fail level (errors; with --warnaserror also warnings), 1 problems at that level,
2 a usage error or a file that cannot be read.",
        };
    }
}
