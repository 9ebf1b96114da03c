using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace KibanaConnectors.LanguageServer.Workspace
{
    /// <summary>
    /// What a project file next to the settings files says to KibanaConnectors, read as plain XML: the
    /// <c>KibanaConnectors*</c> properties, the <c>&lt;KibanaConnectors&gt;</c> and <c>&lt;KibanaConnectorsKeystore&gt;</c>
    /// items. Conditions and imports are not evaluated: an editor has no MSBuild.
    /// </summary>
    internal sealed class ProjectFile
    {
        private ProjectFile(string path, Dictionary<string, string> properties, List<string> files, List<string> keystoreFiles, Dictionary<string, string> shapes)
        {
            Path = path;
            Properties = properties;
            Files = files;
            KeystoreFiles = keystoreFiles;
            Shapes = shapes;
        }

        public string Path { get; }

        /// <summary>The properties, the last value of each, by name (case-insensitive, as MSBuild).</summary>
        public Dictionary<string, string> Properties { get; }

        /// <summary>Full paths of the files added with <c>&lt;KibanaConnectors Include="..."/&gt;</c> (no globs).</summary>
        public List<string> Files { get; }

        /// <summary>The <c>Shape</c> of <c>&lt;KibanaConnectors Include="..." Shape="eck"/&gt;</c> items, by full path.</summary>
        public Dictionary<string, string> Shapes { get; }

        /// <summary>Full paths of <c>&lt;KibanaConnectorsKeystore Include="..."/&gt;</c> files.</summary>
        public List<string> KeystoreFiles { get; }

        /// <summary>The folder's project files get the auto-included settings files too, unless the project turns that off.</summary>
        public bool AutoInclude => !Properties.TryGetValue("KibanaConnectorsAutoInclude", out var value) || !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        /// <summary>The first *.csproj in a folder, read; null when there is none or it is not XML.</summary>
        public static ProjectFile? InFolder(string folder)
        {
            string? path;
            try
            {
                path = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.csproj").OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() : null;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }

            return path == null ? null : Read(path);
        }

        public static ProjectFile? Read(string path)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Xml.XmlException)
            {
                return null;
            }

            var folder = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var files = new List<string>();
            var keystore = new List<string>();
            var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var element in document.Root?.Elements() ?? Enumerable.Empty<XElement>())
            {
                if (element.Name.LocalName == "PropertyGroup")
                {
                    foreach (var property in element.Elements())
                    {
                        properties[property.Name.LocalName] = property.Value;
                    }
                }
                else if (element.Name.LocalName == "ItemGroup")
                {
                    foreach (var item in element.Elements())
                    {
                        var include = (string?)item.Attribute("Include");
                        if (include == null || include.IndexOfAny(new[] { '*', '?', '$', '@' }) >= 0)
                        {
                            continue;
                        }

                        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, include.Replace('\\', System.IO.Path.DirectorySeparatorChar)));
                        if (item.Name.LocalName == "KibanaConnectors")
                        {
                            files.Add(full);
                            if (((string?)item.Attribute("Shape") ?? (string?)item.Element(item.Name.Namespace + "Shape")) is string shape)
                            {
                                shapes[full] = shape;
                            }
                        }
                        else if (item.Name.LocalName == "KibanaConnectorsKeystore")
                        {
                            keystore.Add(full);
                        }
                    }
                }
            }

            return new ProjectFile(path, properties, files, keystore, shapes);
        }
    }
}
