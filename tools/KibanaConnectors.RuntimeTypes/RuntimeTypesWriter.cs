using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Catalogue;

namespace KibanaConnectors.RuntimeTypes
{
    /// <summary>A file the tool writes: its name in <see cref="RuntimeTypesWriter.Folder"/> and its text.</summary>
    public sealed record GeneratedFile(string Name, string Text);

    /// <summary>
    /// Makes the runtime library's catalogue types: one <c>&lt;Type&gt;Connector.g.cs</c> per connector type (the class
    /// shell, and the Config, Secrets, nested classes and enums only it uses) and <c>SharedTypes.g.cs</c> (those several
    /// connector types use). Same catalogue, same bytes.
    /// </summary>
    public static class RuntimeTypesWriter
    {
        /// <summary>Where the files go, from the repository root.</summary>
        public const string Folder = "src/KibanaConnectors/Connectors";

        /// <summary>The file of the types that several connector types use.</summary>
        public const string SharedFile = "SharedTypes.g.cs";

        private const string Pattern = "*.g.cs";

        /// <summary>Every file, made from the catalogue.</summary>
        public static IReadOnlyList<GeneratedFile> Generate() => Generate(ConnectorCatalogue.All);

        /// <summary>The files for <paramref name="connectors"/>; throws when they define a type C# cannot take as it is.</summary>
        internal static IReadOnlyList<GeneratedFile> Generate(IReadOnlyList<ConnectorTypeSpec> connectors)
        {
            var set = new RuntimeTypeSet(connectors);
            var files = new List<GeneratedFile>();
            foreach (var connector in set.Connectors)
            {
                // A connector type's file holds its Config and Secrets first, then the rest it alone uses.
                var own = set.Classes.Where(c => c.UsedBy.Count == 1 && c.UsedBy[0] == connector)
                    .OrderBy(c => c.Role)
                    .ToList();
                var enums = set.Enums.Where(e => e.UsedBy.Count == 1 && e.UsedBy[0] == connector);
                files.Add(new GeneratedFile(connector.ConnectorType + ".g.cs", RuntimeTypesEmitter.File(new[] { connector }, own, enums)));
            }

            files.Add(new GeneratedFile(
                SharedFile,
                RuntimeTypesEmitter.File(Array.Empty<ConnectorTypeSpec>(), set.Classes.Where(c => c.UsedBy.Count > 1).OrderBy(c => c.Role), set.Enums.Where(e => e.UsedBy.Count > 1))));
            return files;
        }

        /// <summary>What differs between <paramref name="folder"/> and <see cref="Generate"/>: files to write, and stale <c>*.g.cs</c> files to delete.</summary>
        public static IReadOnlyList<string> Differences(string folder)
        {
            var files = Generate();
            var differences = files
                .Where(f => !File.Exists(Path.Combine(folder, f.Name)) || Normalize(File.ReadAllText(Path.Combine(folder, f.Name))) != f.Text)
                .Select(f => f.Name)
                .ToList();
            differences.AddRange(Stale(folder, files));
            return differences;
        }

        /// <summary>Brings <paramref name="folder"/> up to date: writes the files that differ and deletes stale <c>*.g.cs</c> files.</summary>
        /// <returns>The names of the files written or deleted.</returns>
        public static IReadOnlyList<string> Write(string folder)
        {
            var changed = Differences(folder);
            var files = Generate();
            foreach (var name in changed)
            {
                var path = Path.Combine(folder, name);
                var file = files.FirstOrDefault(f => f.Name == name);
                if (file == null)
                {
                    File.Delete(path);
                }
                else
                {
                    File.WriteAllText(path, file.Text);
                }
            }

            return changed;
        }

        /// <summary>The repository root: the first folder above <paramref name="start"/> that holds Generator.sln.</summary>
        public static string? FindRepositoryRoot(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
                {
                    return dir.FullName;
                }
            }

            return null;
        }

        private static IEnumerable<string> Stale(string folder, IReadOnlyList<GeneratedFile> files) =>
            Directory.Exists(folder)
                ? Directory.GetFiles(folder, Pattern).Select(Path.GetFileName).OfType<string>().Where(n => files.All(f => f.Name != n)).OrderBy(n => n, StringComparer.Ordinal)
                : Enumerable.Empty<string>();

        // A checkout may turn '\n' into "\r\n"; the files are the same.
        private static string Normalize(string text) => text.Replace("\r\n", "\n");
    }
}
