using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KibanaConnectors.Rules.Checks;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Diagnostics;
using KibanaConnectors.Rules.Model;
using KibanaConnectors.Rules.Reading;
using KibanaConnectors.Rules.Set;

namespace KibanaConnectors.LanguageServer.Workspace
{
    /// <summary>A settings file the server knows: open in the editor (its text is the editor's), or found on disk.</summary>
    internal sealed class Document
    {
        public Document(string uri, string path, string text, bool isOpen)
        {
            Uri = uri;
            Path = path;
            Text = text;
            IsOpen = isOpen;
        }

        public string Uri { get; }

        /// <summary>The local file path; the URI itself for a document that is not a file (an unsaved buffer).</summary>
        public string Path { get; }

        public string Text { get; set; }

        public bool IsOpen { get; set; }

        public int? Version { get; set; }
    }

    /// <summary>One file's diagnostics, ready to publish.</summary>
    internal sealed record FileDiagnostics(Document Document, IReadOnlyList<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// The settings files of the editor's workspace, grouped into sets as a build groups them, and checked by the rules
    /// core: a project file next to a settings file makes its set what the build reads (the folder's conventional files
    /// unless auto-include is off, plus its <c>&lt;KibanaConnectors&gt;</c> items); a folder without a project is a set of
    /// its conventional files; an open file of another name not named by a project stands alone. Each file is parsed
    /// once per text and options; a change re-reads that file only, then checks its set.
    /// </summary>
    internal sealed class ConnectorWorkspace
    {
        private readonly List<string> _roots;
        private readonly Dictionary<string, Document> _documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        private readonly Dictionary<string, Parsed> _parsed = new Dictionary<string, Parsed>(StringComparer.Ordinal);
        private readonly Dictionary<string, SetResult> _sets = new Dictionary<string, SetResult>(StringComparer.Ordinal);

        public ConnectorWorkspace(IEnumerable<string> roots, ServerSettings settings)
        {
            _roots = roots.ToList();
            Settings = settings;
            foreach (var path in _roots.SelectMany(Discover))
            {
                if (!_documents.ContainsKey(path) && ReadDisk(path) is string text)
                {
                    _documents[path] = new Document(new System.Uri(path).AbsoluteUri, path, text, isOpen: false);
                }
            }
        }

        public ServerSettings Settings { get; set; }

        public IEnumerable<Document> Documents => _documents.Values;

        /// <summary>The document of a URI, open or found on disk; null when the server does not know it.</summary>
        public Document? Find(string uri) => _documents.TryGetValue(PathOf(uri), out var document) ? document : null;

        public Document Open(string uri, string text, int? version)
        {
            var path = PathOf(uri);
            if (!_documents.TryGetValue(path, out var document))
            {
                document = new Document(uri, path, text, isOpen: true);
                _documents[path] = document;
            }

            document.Text = text;
            document.IsOpen = true;
            document.Version = version;
            return document;
        }

        /// <summary>Closes a document: a file on disk with a conventional name goes back to its disk text, others are forgotten.</summary>
        public Document? Close(string uri)
        {
            var path = PathOf(uri);
            if (!_documents.TryGetValue(path, out var document))
            {
                return null;
            }

            document.IsOpen = false;
            document.Version = null;
            if (IsFile(uri) && SettingsFiles.HasConventionalName(path) && ReadDisk(path) is string text)
            {
                document.Text = text;
            }
            else
            {
                _documents.Remove(path);
                _parsed.Remove(path);
            }

            return document;
        }

        /// <summary>A file changed on disk (the editor's file watcher): read it again unless the editor has it open.</summary>
        public void DiskChanged(string uri)
        {
            var path = PathOf(uri);
            if (_documents.TryGetValue(path, out var open) && open.IsOpen)
            {
                return;
            }

            if (ReadDisk(path) is string text && (SettingsFiles.HasConventionalName(path) || _documents.ContainsKey(path)))
            {
                _documents[path] = new Document(uri, path, text, isOpen: false);
            }
            else
            {
                _documents.Remove(path);
            }

            _parsed.Remove(path);
        }

        /// <summary>The parsed model of a document (what hover and completion read).</summary>
        public ConnectorFileModel Model(Document document)
        {
            var set = SetOf(document);
            return Parse(document, set.Options.ForReading(set.Keystore.Keys, set.Keystore.Secrets), set.ShapeOf(document));
        }

        /// <summary>The checked set a document belongs to.</summary>
        public ConnectorSetModel Set(Document document) => Check(SetOf(document)).Model;

        /// <summary>Checks the sets of the given documents (all sets when null) and returns the diagnostics of every file in them.</summary>
        public IReadOnlyList<FileDiagnostics> Analyze(IEnumerable<Document>? changed = null)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var results = new List<FileDiagnostics>();
            foreach (var document in changed ?? _documents.Values.ToList())
            {
                var set = SetOf(document);
                if (keys.Add(set.Key))
                {
                    results.AddRange(Check(set).Files);
                }
            }

            return results;
        }

        /// <summary>Forgets every cached result: the settings changed.</summary>
        public void Invalidate()
        {
            _parsed.Clear();
            _sets.Clear();
        }

        private SetResult Check(SetSpec spec)
        {
            var models = spec.Documents.Select(d => Parse(d, spec.Options.ForReading(spec.Keystore.Keys, spec.Keystore.Secrets), spec.ShapeOf(d))).ToList();
            if (_sets.TryGetValue(spec.Key, out var cached) && cached.Spec.Equals(spec) && cached.Inputs.SequenceEqual(models, ReferenceEqualityComparer.Instance))
            {
                return cached;
            }

            var model = ConnectorSetBuilder.Build(models, spec.Options);
            var byPath = model.Diagnostics.Where(d => d.FilePath.Length > 0).ToLookup(d => d.FilePath, StringComparer.Ordinal);
            var files = spec.Documents
                .Select(d => new FileDiagnostics(d, byPath[d.Path].Where(x => spec.Standalone || x.Id != DiagnosticRules.NoConnectors.Id || SettingsFiles.HasConventionalName(d.Path)).ToList()))
                .ToList();
            // A problem with the project's options (KC0009) has no place in a settings file: it belongs to the project
            // file, or, for the editor's own settings, to the top of each file of the set.
            var general = model.Diagnostics.Where(d => d.FilePath.Length == 0).ToList();
            if (general.Count > 0 && spec.ProjectPath != null)
            {
                files.Add(new FileDiagnostics(new Document(new System.Uri(spec.ProjectPath).AbsoluteUri, spec.ProjectPath, ReadDisk(spec.ProjectPath) ?? string.Empty, isOpen: false), general));
            }
            else if (general.Count > 0)
            {
                files = files.Select(f => f with { Diagnostics = f.Diagnostics.Concat(general.Select(d => d with { FilePath = f.Document.Path })).ToList() }).ToList();
            }

            // The config file's own problems (KC0017) are published on it; with none, its diagnostics are cleared.
            if (spec.ConfigPath != null)
            {
                var inConfig = model.Diagnostics.Where(d => d.FilePath == spec.ConfigPath).ToList();
                files.Add(new FileDiagnostics(new Document(new System.Uri(spec.ConfigPath).AbsoluteUri, spec.ConfigPath, ReadDisk(spec.ConfigPath) ?? string.Empty, isOpen: false), inConfig));
            }

            var result = new SetResult(spec, models, model, files);
            _sets[spec.Key] = result;
            return result;
        }

        private ConnectorFileModel Parse(Document document, ReadOptions options, string? shape)
        {
            if (_parsed.TryGetValue(document.Path, out var parsed) && ReferenceEquals(parsed.Text, document.Text) && parsed.Options.Equals(options) && parsed.Shape == shape)
            {
                return parsed.Model;
            }

            var model = ConnectorFileReader.Read(document.Path, document.Text, shape, options);
            _parsed[document.Path] = new Parsed(document.Text, options, shape, model);
            return model;
        }

        private SetSpec SetOf(Document document)
        {
            if (!IsFile(document.Uri))
            {
                return Spec(document.Path, null, new[] { document }, standalone: true);
            }

            var folder = Path.GetDirectoryName(document.Path) ?? string.Empty;
            var project = ProjectFile.InFolder(folder) ?? ProjectNaming(document.Path);
            if (project != null)
            {
                var projectFolder = Path.GetDirectoryName(project.Path) ?? string.Empty;
                var members = _documents.Values
                    .Where(d => IsFile(d.Uri) && ((project.AutoInclude && SettingsFiles.HasConventionalName(d.Path) && PathsEqual(Path.GetDirectoryName(d.Path), projectFolder))
                        || project.Files.Any(f => PathsEqual(f, d.Path))))
                    .ToList();
                if (!members.Contains(document))
                {
                    // An open file of another name in the project's folder that the project does not read: on its own.
                    return Spec(document.Path, null, new[] { document }, standalone: true);
                }

                return Spec(project.Path, project, members, standalone: false);
            }

            if (!SettingsFiles.HasConventionalName(document.Path))
            {
                return Spec(document.Path, null, new[] { document }, standalone: true);
            }

            var siblings = _documents.Values.Where(d => IsFile(d.Uri) && SettingsFiles.HasConventionalName(d.Path) && PathsEqual(Path.GetDirectoryName(d.Path), folder)).ToList();
            return Spec(folder, null, siblings, standalone: false);
        }

        private SetSpec Spec(string key, ProjectFile? project, IReadOnlyList<Document> documents, bool standalone)
        {
            // Each setting: the project file's (what the build reads), else the config file's, else the editor's.
            var folder = project != null ? Path.GetDirectoryName(project.Path) : documents.Count > 0 && IsFile(documents[0].Uri) ? Path.GetDirectoryName(documents[0].Path) : null;
            var config = folder == null ? null : Config(folder);
            string? Property(string name) =>
                project != null && project.Properties.TryGetValue(name, out var value) && value.Trim().Length > 0 ? value : config?.Property(name) ?? Settings.Property(name);

            var options = ProjectOptionsReader.Read(Property);
            options = config?.AddTo(options) ?? options;
            var keystoreFiles = (project?.KeystoreFiles ?? new List<string>()).Concat(config?.KeystoreFiles ?? new List<string>()).Concat(Settings.KeystoreFiles.Select(Resolve));
            var keystore = KeystoreFile.Combine(keystoreFiles.Select(f => SettingsFiles.Keystore(ReadDisk(f))));
            return new SetSpec(key, options, keystore, documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList(), standalone)
            {
                ProjectPath = project?.Path,
                ConfigPath = config?.Path,
                Shapes = project?.Shapes ?? new Dictionary<string, string>(),
                DefaultShape = config?.Shape,
            };
        }

        // The .kibana-connectors.yml of a folder: in it or above it, up to the repository's root (docs/config-file.md).
        /// <summary>The <c>.kibana-connectors.yml</c> on disk that applies to a folder (the CLI's too); null when there is none.</summary>
        internal static string? FindConfigFile(string folder) =>
            ProjectConfigFile.Find(folder, File.Exists, d => Directory.Exists(Path.Combine(d, ".git")) || File.Exists(Path.Combine(d, ".git")));

        private static ProjectConfig? Config(string folder)
        {
            var path = FindConfigFile(folder);
            return path != null && ReadDisk(path) is string text ? ProjectConfigFile.Read(path, text) : null;
        }

        // A project elsewhere in the workspace that names this file with <KibanaConnectors Include="..."/>.
        private ProjectFile? ProjectNaming(string path)
        {
            foreach (var root in _roots)
            {
                IEnumerable<string> projects;
                try
                {
                    projects = Directory.EnumerateFiles(root, "*.csproj", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 6, IgnoreInaccessible = true });
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var candidate in projects.Where(p => !Skipped(p)))
                {
                    if (ProjectFile.Read(candidate) is ProjectFile project && project.Files.Any(f => PathsEqual(f, path)))
                    {
                        return project;
                    }
                }
            }

            return null;
        }

        private string Resolve(string path) =>
            Path.IsPathRooted(path) || _roots.Count == 0 ? path : Path.GetFullPath(Path.Combine(_roots[0], path));

        /// <summary>The settings files with a conventional name under a folder, skipping build output and dependencies.</summary>
        private static IEnumerable<string> Discover(string root)
        {
            try
            {
                return Directory.EnumerateFiles(root, "*.y*ml", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 12, IgnoreInaccessible = true })
                    .Where(p => SettingsFiles.HasConventionalName(p) && !Skipped(p))
                    .Take(1000)
                    .ToList();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }

        private static bool Skipped(string path)
        {
            var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return parts.Any(p => p == "node_modules" || p == "bin" || p == "obj" || p == ".git");
        }

        private static string? ReadDisk(string path)
        {
            try
            {
                var info = new FileInfo(path);
                // Larger files are still read, as a build would, and get KC0008 from the reader.
                return info.Exists ? File.ReadAllText(path) : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return null;
            }
        }

        private static bool IsFile(string uri) => uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

        /// <summary>The local path of a file URI; the URI itself otherwise.</summary>
        public static string PathOf(string uri)
        {
            if (IsFile(uri) && System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            {
                return Path.GetFullPath(parsed.LocalPath);
            }

            return uri;
        }

        private static bool PathsEqual(string? a, string? b) =>
            string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        private sealed record Parsed(string Text, ReadOptions Options, string? Shape, ConnectorFileModel Model);

        private sealed record SetSpec(string Key, ProjectOptions Options, KeystoreFile Keystore, IReadOnlyList<Document> Documents, bool Standalone)
        {
            public string? ProjectPath { get; init; }

            /// <summary>The .kibana-connectors.yml read for the set; null when there is none.</summary>
            public string? ConfigPath { get; init; }

            /// <summary>The config file's shape, for a file the project gives none.</summary>
            public string? DefaultShape { get; init; }

            /// <summary>The <c>Shape</c> the project gives its items, by full path; a file without one is told by its content.</summary>
            public Dictionary<string, string> Shapes { get; init; } = new Dictionary<string, string>();

            public string? ShapeOf(Document document) => Shapes.TryGetValue(document.Path, out var shape) ? shape : DefaultShape;

            public bool Equals(SetSpec? other) =>
                other != null && Key == other.Key && Options.Equals(other.Options) && Keystore.Equals(other.Keystore)
                && Standalone == other.Standalone && Documents.SequenceEqual(other.Documents) && ConfigPath == other.ConfigPath && DefaultShape == other.DefaultShape;

            public override int GetHashCode() => Key.GetHashCode();
        }

        private sealed record SetResult(SetSpec Spec, IReadOnlyList<ConnectorFileModel> Inputs, ConnectorSetModel Model, IReadOnlyList<FileDiagnostics> Files);
    }
}
