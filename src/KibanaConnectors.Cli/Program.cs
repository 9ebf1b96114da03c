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

        public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

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
