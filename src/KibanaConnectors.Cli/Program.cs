using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KibanaConnectors.Cli
{
    /// <summary><c>kibana-connectors check|list|explain|schema|lsp</c>: the generator's checks for Kibana settings files outside a .NET project.</summary>
    public static class Program
    {
        /// <summary>Exit code: no errors.</summary>
        public const int Success = 0;

        /// <summary>Exit code: errors found (or warnings with --warnaserror or --fail-level warning); for <c>lsp</c>, the client exited without shutdown.</summary>
        public const int Errors = 1;

        /// <summary>Exit code: a usage error, an unreadable file or an unknown id.</summary>
        public const int UsageOrInput = 2;

        /// <summary>The entry point: the console's streams, and colour as the console and the environment allow; LSP on the raw streams.</summary>
        public static int Main(string[] args)
        {
            // The editor server speaks LSP on the raw standard streams; everything else (its --help too) is text.
            if (args.Length > 0 && args[0] == "lsp" && CommandLine.Parse(args) is { Help: false, Error: null })
            {
                return Lsp();
            }

            return Run(args, Console.In, Console.Out, Console.Error, Terminal.FromConsole());
        }

        /// <summary><c>kibana-connectors lsp [--stdio]</c>: the editor server over standard input and output, until the client says exit.</summary>
        private static int Lsp()
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            // Anything written to standard output would break the protocol: log to standard error.
            return new KibanaConnectors.LanguageServer.LanguageServer(input, output, Console.Error).RunAsync().GetAwaiter().GetResult();
        }

        /// <summary>
        /// What <c>--version</c> prints: the tool's version alone on the first line (for scripts), then the Kibana
        /// releases whose rules it knows, from the rules core.
        /// </summary>
        public static string VersionText()
        {
            var releases = string.Join(" and ", Rules.Model.KibanaVersion.Releases
                .GroupBy(r => r.Major)
                .Select(line => $"{line.First()} to {line.Last()}"));
            var newest = Rules.Model.KibanaVersion.Newest;
            return typeof(Program).Assembly.GetName().Version!.ToString(3) + Environment.NewLine
                + $"Kibana releases: {releases} (--kibana-version; the default is {newest}, the newest; a later release is checked with {newest}'s rules)";
        }

        /// <summary>Runs one command line with redirected (uncoloured) output; the streams are parameters so that tests can run it in-process.</summary>
        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
            Run(args, stdin, stdout, stderr, Terminal.Redirected);

        /// <summary>Runs one command line; <paramref name="terminal"/> says whether text output may be coloured.</summary>
        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Terminal terminal)
        {
            var line = CommandLine.Parse(args);
            if (line.Version)
            {
                stdout.WriteLine(VersionText());
                return Success;
            }

            if (line.Help)
            {
                stdout.WriteLine(CommandLine.Usage(line.Command));
                return Success;
            }

            if (line.Error != null)
            {
                stderr.WriteLine("kibana-connectors: " + line.Error);
                return UsageOrInput;
            }

            if (line.Command == "lsp")
            {
                // On the process's own streams (Main comes here directly): LSP frames are bytes, not text lines.
                return Lsp();
            }

            var style = new Style(terminal.AllowsColor && !line.NoColor);
            if (line.Command == "schema")
            {
                stdout.Write(SchemaWriter.Write());
                return Success;
            }

            if (line.Command == "explain")
            {
                return Explain.Run(line.ExplainId, stdout, stderr, style);
            }

            CheckedFiles files;
            try
            {
                files = Checker.Check(line, stdin);
            }
            catch (IOException ex)
            {
                stderr.WriteLine("kibana-connectors: " + ex.Message);
                return UsageOrInput;
            }

            var model = files.Model;
            if (line.Command == "list")
            {
                Output.WriteList(stdout, line.Format, Checker.Connectors(model));
                return Success;
            }

            var findings = Checker.Findings(model, line);
            var excerpts = new Dictionary<string, SourceExcerpt?>(StringComparer.Ordinal);
            var readOptions = files.Options.ForReading(Rules.Common.EquatableArray<string>.Empty);
            SourceExcerpt? Excerpt(string file)
            {
                // Read again for its secrets only when a problem in it is shown.
                if (!excerpts.TryGetValue(file, out var excerpt))
                {
                    excerpt = excerpts[file] = files.Texts.TryGetValue(file, out var text) ? new SourceExcerpt(text, readOptions, files.Shape) : null;
                }

                return excerpt;
            }

            Output.WriteFindings(stdout, line.Format, findings, line.Files.Count, model.Connectors.Count + model.Deployments.Sum(d => d.Connectors.Count), Checker.Kibanas(model, findings), style, Excerpt);
            return Fails(findings, line.FailLevel) ? Errors : Success;
        }
    
        // --fail-level: errors fail by default; at "warning" errors and warnings (an info never fails); at "none" nothing.
        private static bool Fails(List<Finding> findings, FailLevel level) => level switch
        {
            FailLevel.None => false,
            FailLevel.Warning => findings.Any(f => f.Severity != "info"),
            _ => findings.Any(f => f.Severity == "error"),
        };
    }
}
