using System;

namespace KibanaConnectors.Cli
{
    /// <summary>
    /// What the process's surroundings say about colour. <see cref="Program.Main"/> reads them from the console and the
    /// environment; tests pass their own, since their output is always redirected.
    /// </summary>
    /// <param name="OutputIsTerminal">Standard output is a terminal (not redirected to a file or a pipe).</param>
    /// <param name="NoColor">The value of the <c>NO_COLOR</c> environment variable; set and not empty turns colour off (no-color.org).</param>
    /// <param name="Term">The value of <c>TERM</c>; <c>dumb</c> turns colour off.</param>
    public sealed record Terminal(bool OutputIsTerminal, string? NoColor = null, string? Term = null)
    {
        /// <summary>A redirected output: never coloured.</summary>
        public static Terminal Redirected { get; } = new Terminal(false);

        /// <summary>The surroundings of this process.</summary>
        public static Terminal FromConsole() =>
            new Terminal(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"));

        /// <summary>True when text output may carry colour: a terminal, no <c>NO_COLOR</c>, not a dumb terminal.</summary>
        public bool AllowsColor => OutputIsTerminal && string.IsNullOrEmpty(NoColor) && !string.Equals(Term, "dumb", StringComparison.Ordinal);
    }

    /// <summary>ANSI styles for text output; every method returns the text unchanged when colour is off.</summary>
    internal sealed class Style
    {
        private const string Reset = "\u001b[0m";

        public Style(bool enabled) => Enabled = enabled;

        public bool Enabled { get; }

        public string Bold(string text) => Wrap("\u001b[1m", text);

        public string Error(string text) => Wrap("\u001b[1;31m", text);

        public string Warning(string text) => Wrap("\u001b[1;33m", text);

        public string Note(string text) => Wrap("\u001b[1;36m", text);

        public string Code(string text) => Wrap("\u001b[36m", text);

        public string Dim(string text) => Wrap("\u001b[2m", text);

        /// <summary>The colour of a severity word ("error", "warning"; anything else as a note).</summary>
        public string Severity(string severity, string text) => severity switch
        {
            "error" => Error(text),
            "warning" => Warning(text),
            _ => Note(text),
        };

        private string Wrap(string start, string text) => Enabled && text.Length > 0 ? start + text + Reset : text;
    }
}
