using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;

namespace KibanaConnectors.Cli
{
    /// <summary>Writes findings and connector lists in the formats CI systems read.</summary>
    internal static class Output
    {
        /// <summary>Writes the findings; <paramref name="excerpts"/> gives the file a finding's line is quoted from (text format only).</summary>
        /// <remarks>Text and JSON add a summary of each ECK Kibana resource (<paramref name="kibanas"/>).</remarks>
        public static void WriteFindings(TextWriter writer, OutputFormat format, List<Finding> findings, int fileCount, int connectorCount, List<KibanaSummary> kibanas, Style style, Func<string, SourceExcerpt?> excerpts)
        {
            switch (format)
            {
                case OutputFormat.MSBuild:
                    foreach (var f in findings)
                    {
                        writer.WriteLine($"{f.File}({f.Line},{f.Column}): {f.Severity} {f.Id}: {f.Message}");
                    }

                    break;
                case OutputFormat.GitHub:
                    foreach (var f in findings)
                    {
                        writer.WriteLine($"::{(f.Severity == "info" ? "notice" : f.Severity)} file={Property(f.File)},line={f.Line},col={f.Column},endLine={f.EndLine},endColumn={f.EndColumn},title={Property(f.Id + ": " + f.Title)}::{Data(f.Message)}");
                    }

                    break;
                case OutputFormat.Json:
                    WriteJsonFindings(writer, findings, fileCount, connectorCount, kibanas);
                    break;
                case OutputFormat.Sarif:
                    WriteSarif(writer, findings);
                    break;
                default:
                    WriteText(writer, findings, fileCount, connectorCount, kibanas, style, excerpts);
                    break;
            }
        }

        // As a compiler: each problem, its line with carets under the place, its help link when the tool has one; then
        // a summary, and where to read more.
        private static void WriteText(TextWriter writer, List<Finding> findings, int fileCount, int connectorCount, List<KibanaSummary> kibanas, Style style, Func<string, SourceExcerpt?> excerpts)
        {
            const string Gutter = "      | ";
            foreach (var f in findings)
            {
                writer.WriteLine($"{style.Bold($"{f.File}:{f.Line}:{f.Column}:")} {style.Severity(f.Severity, f.Severity + " " + f.Id + ":")} {f.Message}");
                if (f.HasPlace && excerpts(f.File)?.Show(f.Line - 1, f.Column - 1, f.EndLine - 1, f.EndColumn - 1) is (string source, string carets))
                {
                    writer.WriteLine(style.Dim($"{f.Line,5} | ") + source);
                    var marks = carets.TrimStart(' ');
                    writer.WriteLine(style.Dim(Gutter) + carets.Substring(0, carets.Length - marks.Length) + style.Severity(f.Severity, marks));
                }

                if (f.HelpUri != null)
                {
                    writer.WriteLine(style.Dim(Gutter.TrimEnd()) + " = help: " + f.HelpUri);
                }
            }

            // Each Kibana resource of a manifest is a Kibana of its own: say how each fares.
            foreach (var kibana in kibanas)
            {
                writer.WriteLine($"{style.Bold($"{kibana.File}:{kibana.Line}:")} {kibana.Title}: {Plural(kibana.Connectors, "connector")}, "
                    + (kibana.Errors + kibana.Warnings == 0 ? "no problems" : $"{Plural(kibana.Errors, "error")}, {Plural(kibana.Warnings, "warning")}") + ".");
            }

            var errors = findings.Count(f => f.Severity == "error");
            var warnings = findings.Count(f => f.Severity == "warning");
            var notes = findings.Count - errors - warnings;
            var noted = notes == 0 ? string.Empty : $" ({Plural(notes, "note")})";
            writer.WriteLine(errors + warnings == 0
                ? $"{Plural(connectorCount, "connector")} in {Plural(fileCount, "file")}: no problems{noted}."
                : $"{Plural(errors, "error")}, {Plural(warnings, "warning")} in {Plural(fileCount, "file")} ({Plural(connectorCount, "connector")}){noted}.");
            if (findings.Count > 0)
            {
                var first = findings.FirstOrDefault(f => f.Severity == "error") ?? findings[0];
                writer.WriteLine($"For what an id means and how to fix it, run 'kibana-connectors explain {first.Id}'.");
            }
        }

        /// <summary>The connectors, each with the ECK Kibana resource it belongs to (null for the project's own Kibana).</summary>
        public static void WriteList(TextWriter writer, OutputFormat format, IReadOnlyList<(string? Kibana, ConnectorModel Connector)> connectors)
        {
            var rows = connectors.Select(n => (n.Kibana, n.Connector, Secrets: SecretSources(n.Connector))).ToList();
            var kibanas = rows.Any(r => r.Kibana != null);
            if (format == OutputFormat.Json)
            {
                WriteJson(writer, json =>
                {
                    json.WriteStartArray();
                    foreach (var (kibana, c, secrets) in rows)
                    {
                        json.WriteStartObject();
                        if (kibana != null)
                        {
                            json.WriteString("kibana", kibana);
                        }

                        json.WriteString("id", c.Id);
                        json.WriteString("name", c.Name);
                        json.WriteString("actionTypeId", c.ActionTypeId);
                        json.WriteBoolean("valid", c.IsValid);
                        json.WriteString("file", c.FilePath);
                        json.WriteNumber("line", c.IdSpan.DisplayLine);
                        json.WriteStartObject("secrets");
                        foreach (var (field, source) in secrets)
                        {
                            json.WriteString(field, source);
                        }

                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                return;
            }

            var table = new List<string[]> { new[] { "KIBANA", "ID", "TYPE", "NAME", "SECRETS" } };
            table.AddRange(rows.Select(r => new[]
            {
                r.Kibana ?? "-",
                r.Connector.Id,
                r.Connector.ActionTypeId.Length == 0 ? "?" : r.Connector.ActionTypeId,
                r.Connector.Name + (r.Connector.IsValid ? string.Empty : " (has errors: run check)"),
                r.Secrets.Count == 0 ? "-" : string.Join(", ", r.Secrets.Select(s => s.Field + " from " + s.Source)),
            }));
            // The KIBANA column only when a manifest's Kibana resources are listed.
            var columns = table.Select(row => kibanas ? row : row.Skip(1).ToArray()).ToList();
            var widths = Enumerable.Range(0, columns[0].Length - 1).Select(i => columns.Max(row => row[i].Length)).ToArray();
            foreach (var row in columns)
            {
                writer.WriteLine((string.Concat(widths.Select((width, i) => row[i].PadRight(width) + "  ")) + row[row.Length - 1]).TrimEnd());
            }
        }

        /// <summary>Where each secret of a connector comes from, in words; never its value.</summary>
        public static List<(string Field, string Source)> SecretSources(ConnectorModel connector)
        {
            var result = new List<(string, string)>();
            void Walk(ValueNode node, string path)
            {
                switch (node.Kind)
                {
                    case ValueKind.Map:
                        foreach (var entry in node.Entries)
                        {
                            Walk(entry.Value, path.Length == 0 ? entry.Key : path + "." + entry.Key);
                        }

                        break;
                    case ValueKind.Template:
                        var names = new List<string>();
                        KibanaConnectors.EnvironmentTemplate.Expand(node.Text, (name, _) => { names.Add(name); return string.Empty; }, out _);
                        result.Add((path, "environment " + string.Join(" + ", names.Select(n => "$" + n))));
                        break;
                    case ValueKind.Keystore:
                        result.Add((path, "keystore"));
                        break;
                    case ValueKind.Null:
                    case ValueKind.List:
                        break;
                    default:
                        result.Add((path, "the file (written out, KC0401)"));
                        break;
                }
            }

            Walk(connector.Secrets, string.Empty);
            return result;
        }

        // In a method of its own, as SARIF is: the text format then never loads System.Text.Json.
        private static void WriteJsonFindings(TextWriter writer, List<Finding> findings, int fileCount, int connectorCount, List<KibanaSummary> kibanas)
        {
            WriteJson(writer, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("files", fileCount);
                json.WriteNumber("connectors", connectorCount);
                json.WriteNumber("errors", findings.Count(f => f.Severity == "error"));
                json.WriteNumber("warnings", findings.Count(f => f.Severity == "warning"));
                if (kibanas.Count > 0)
                {
                    json.WriteStartArray("kibanas");
                    foreach (var kibana in kibanas)
                    {
                        json.WriteStartObject();
                        json.WriteString("file", kibana.File);
                        json.WriteNumber("line", kibana.Line);
                        json.WriteString("name", kibana.Name);
                        json.WriteNumber("connectors", kibana.Connectors);
                        json.WriteNumber("errors", kibana.Errors);
                        json.WriteNumber("warnings", kibana.Warnings);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteStartArray("diagnostics");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("file", f.File);
                    json.WriteNumber("line", f.Line);
                    json.WriteNumber("column", f.Column);
                    json.WriteNumber("endLine", f.EndLine);
                    json.WriteNumber("endColumn", f.EndColumn);
                    json.WriteString("id", f.Id);
                    json.WriteString("severity", f.Severity);
                    json.WriteString("message", f.Message);
                    if (f.HelpUri != null)
                    {
                        json.WriteString("helpUri", f.HelpUri);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        private static void WriteSarif(TextWriter writer, List<Finding> findings)
        {
            WriteJson(writer, json =>
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "kibana-connectors");
                json.WriteString("version", typeof(Output).Assembly.GetName().Version!.ToString(3));
                if (DiagnosticHelp.DocsUrl is string docs && docs.IndexOf("/blob/", StringComparison.Ordinal) is int blob && blob > 0)
                {
                    // The pages' address is <repository>/blob/<branch>/docs/diagnostics/ (Directory.Build.targets).
                    json.WriteString("informationUri", docs.Substring(0, blob));
                }

                // Every rule, not only those that fired: code scanning shows each alert's rule help, and a later run's
                // new alerts need theirs too.
                json.WriteStartArray("rules");
                var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var rule in DiagnosticRules.All)
                {
                    ruleIndex[rule.Id] = ruleIndex.Count;
                    WriteSarifRule(json, rule);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.Id);
                    if (ruleIndex.TryGetValue(f.Id, out var index))
                    {
                        json.WriteNumber("ruleIndex", index);
                    }

                    json.WriteString("level", f.Severity == "info" ? "note" : f.Severity);
                    json.WriteStartObject("message");
                    json.WriteString("text", f.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    if (f.File != Checker.StdinName && f.File.Length > 0)
                    {
                        json.WriteStartObject();
                        json.WriteStartObject("physicalLocation");
                        json.WriteStartObject("artifactLocation");
                        json.WriteString("uri", SarifUri(f.File));
                        json.WriteEndObject();
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", f.Line);
                        json.WriteNumber("startColumn", f.Column);
                        json.WriteNumber("endLine", f.EndLine);
                        json.WriteNumber("endColumn", f.EndColumn);
                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        // A reportingDescriptor: the title, the page's first paragraph, the whole page as text and as markdown, the link.
        private static void WriteSarifRule(Utf8JsonWriter json, DiagnosticRule rule)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.HelpText);
            json.WriteEndObject();
            var page = DiagnosticHelp.Page(rule.Id);
            json.WriteStartObject("help");
            json.WriteString("text", page == null ? rule.HelpText : string.Join("\n", TerminalMarkdown.Render(page, new Style(enabled: false))));
            json.WriteString("markdown", page ?? rule.HelpText);
            json.WriteEndObject();
            if (rule.HelpLink is string helpUri)
            {
                json.WriteString("helpUri", helpUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                Severity.Info => "note",
                _ => "none",
            });
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        // SARIF wants URIs: a relative path as a relative reference (what code scanning maps to the repository), a rooted one as file:///.
        private static string SarifUri(string path) =>
            Path.IsPathRooted(path) ? new System.Uri(Path.GetFullPath(path)).AbsoluteUri : string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));

        // Options made there, not in a static field here: the text format never loads System.Text.Json.
        private static void WriteJson(TextWriter writer, System.Action<Utf8JsonWriter> write) =>
            writer.WriteLine(KibanaConnectors.LanguageServer.Protocol.JsonText.Indented(write));

        private static string Plural(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");

        // GitHub workflow commands: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
        private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
    }
}
