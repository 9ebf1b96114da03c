using System;
using System.IO;
using System.Linq;

namespace KibanaConnectors.Cli
{
    /// <summary><c>kibana-connectors check|list</c>: the generator's checks for Kibana settings files outside a .NET project.</summary>
    public static class Program
    {
        public const int Success = 0;
        public const int Errors = 1;
        public const int UsageOrInput = 2;

        public static int Main(string[] args)
        {
            // The editor server speaks LSP on the raw standard streams; everything else is text.
            if (args.Length > 0 && args[0] == "lsp")
            {
                return Lsp(args);
            }

            return Run(args, Console.In, Console.Out, Console.Error);
        }

        /// <summary><c>kibana-connectors lsp [--stdio]</c>: the editor server over standard input and output, until the client says exit.</summary>
        private static int Lsp(string[] args)
        {
            var unknown = args.Skip(1).FirstOrDefault(a => a != "--stdio");
            if (unknown != null)
            {
                Console.Error.WriteLine($"kibana-connectors: 'lsp' takes no argument but --stdio (the only transport), not '{unknown}'");
                return UsageOrInput;
            }

            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            // Anything written to standard output would break the protocol: log to standard error.
            return new KibanaConnectors.LanguageServer.LanguageServer(input, output, Console.Error).RunAsync().GetAwaiter().GetResult();
        }

        /// <summary>Runs one command line; the streams are parameters so that tests can run it in-process.</summary>
        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
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

            Rules.Model.ConnectorSetModel model;
            try
            {
                model = Checker.Check(line, stdin);
            }
            catch (IOException ex)
            {
                stderr.WriteLine("kibana-connectors: " + ex.Message);
                return UsageOrInput;
            }

            if (line.Command == "list")
            {
                Output.WriteList(stdout, line.Format, model.Connectors);
                return Success;
            }

            var findings = Checker.Findings(model, line);
            Output.WriteFindings(stdout, line.Format, findings, line.Files.Count, model.Connectors.Count);
            return findings.Any(f => f.Severity == "error") ? Errors : Success;
        }
    }
}
