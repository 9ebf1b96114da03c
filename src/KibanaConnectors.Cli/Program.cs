using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KibanaConnectors.Cli
{
    /// <summary><c>kibana-connectors check|list|explain</c>: the generator's checks for Kibana settings files outside a .NET project.</summary>
    public static class Program
    {
        /// <summary>Exit code: no errors.</summary>
        public const int Success = 0;

        /// <summary>Exit code: errors found (or warnings with --warnaserror).</summary>
        public const int Errors = 1;

        /// <summary>Exit code: a usage error, an unreadable file or an unknown id.</summary>
        public const int UsageOrInput = 2;

        /// <summary>The entry point: the console's streams, and colour as the console and the environment allow.</summary>
        public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error, Terminal.FromConsole());

        /// <summary>Runs one command line with redirected (uncoloured) output; the streams are parameters so that tests can run it in-process.</summary>
        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
            Run(args, stdin, stdout, stderr, Terminal.Redirected);

        /// <summary>Runs one command line; <paramref name="terminal"/> says whether text output may be coloured.</summary>
        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Terminal terminal)
        {
            var line = CommandLine.Parse(args);
            if (line.Version)
            {
                stdout.WriteLine(typeof(Program).Assembly.GetName().Version!.ToString(3));
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

            var style = new Style(terminal.AllowsColor && !line.NoColor);
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
                Output.WriteList(stdout, line.Format, model.Connectors);
                return Success;
            }

            var findings = Checker.Findings(model, line);
            var excerpts = new Dictionary<string, SourceExcerpt?>(StringComparer.Ordinal);
            SourceExcerpt? Excerpt(string file)
            {
                // Read again for its secrets only when a problem in it is shown.
                if (!excerpts.TryGetValue(file, out var excerpt))
                {
                    excerpt = excerpts[file] = files.Texts.TryGetValue(file, out var text) ? new SourceExcerpt(text, line.MergeKeys) : null;
                }

                return excerpt;
            }

            Output.WriteFindings(stdout, line.Format, findings, line.Files.Count, model.Connectors.Count, style, Excerpt);
            return findings.Any(f => f.Severity == "error") ? Errors : Success;
        }
    }
}
