using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace KibanaConnectors.EndToEnd.Tests
{
    /// <summary>One package for every end-to-end test class, which therefore run one after the other: two packs at
    /// once would build the same Release outputs at the same time.</summary>
    [Xunit.CollectionDefinition(Name)]
    public sealed class PackageCollection : Xunit.ICollectionFixture<PackageFixture>
    {
        public const string Name = "packed package";
    }

    /// <summary>
    /// Packs KibanaConnectors once, under a version of its own so that no package cached by an earlier run is used,
    /// and removes that version from the NuGet cache afterwards.
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public PackageFixture()
        {
            Root = Path.Combine(Path.GetTempPath(), "kc-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Feed);
            Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N").Substring(0, 6);
            PackagePath = Pack(Feed);
            ConfigurationPackagePath = Pack(Feed, "KibanaConnectors.Configuration");
            // One pack gives the tool's pointer package, its native package for this machine (compiled once per run,
            // here) and its framework-dependent one.
            ToolPackagePath = Pack(Feed, "KibanaConnectors.Cli", "KibanaConnectors.Tool");
        }

        /// <summary>Packs a package of the repository (this fixture's version) into <paramref name="folder"/>.</summary>
        public string Pack(string folder, string project = "KibanaConnectors", string? packageId = null) =>
            Pack(FindRepositoryRoot(), folder, project, packageId, Version, string.Empty);

        /// <summary>
        /// Packs from a copy of the repository's sources (no git, outputs of its own, so the repository's build outputs stay
        /// as the other tests left them) under <paramref name="version"/>, with extra MSBuild arguments such as
        /// <c>-p:RepositoryUrl=...</c>. The version is removed from the NuGet cache afterwards.
        /// </summary>
        public string PackCopy(string copy, string folder, string project, string? packageId, string version, string arguments)
        {
            if (!Directory.Exists(copy))
            {
                var root = FindRepositoryRoot();
                foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "README.md" })
                {
                    Directory.CreateDirectory(copy);
                    File.Copy(Path.Combine(root, file), Path.Combine(copy, file));
                }

                CopyFolder(Path.Combine(root, "src"), Path.Combine(copy, "src"));
                CopyFolder(Path.Combine(root, "docs"), Path.Combine(copy, "docs"));
                CopyFolder(Path.Combine(root, "schemas"), Path.Combine(copy, "schemas"));
            }

            _extraVersions.Add(version);
            return Pack(copy, folder, project, packageId, version, arguments);
        }

        private static string Pack(string root, string folder, string project, string? packageId, string version, string arguments)
        {
            var pack = Dotnet.Run(root, $"pack src/{project}/{project}.csproj -c Release -o \"{folder}\" -p:Version={version} {arguments}");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
            }

            return Path.Combine(folder, $"{packageId ?? project}.{version}.nupkg");
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private readonly System.Collections.Generic.List<string> _extraVersions = new System.Collections.Generic.List<string>();

        public string Root { get; }

        public string Feed { get; }

        public string Version { get; }

        public string PackagePath { get; }

        /// <summary>KibanaConnectors.Configuration, the IConfiguration adapter, packed beside the main package.</summary>
        public string ConfigurationPackagePath { get; }

        /// <summary>KibanaConnectors.Tool, the kibana-connectors command: the package users name, which lists the ones below.</summary>
        public string ToolPackagePath { get; }

        /// <summary>
        /// The RID of the native tool packed on this machine (KibanaConnectorsNativeRuntimeIdentifiers: the machine's own
        /// RID where Native AOT compiles for it, linux-x64 in CI); null where the tool is framework-dependent only.
        /// </summary>
        public static string? NativeRid =>
            System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.X64 when OperatingSystem.IsLinux() => "linux-x64",
                System.Runtime.InteropServices.Architecture.Arm64 when OperatingSystem.IsLinux() => "linux-arm64",
                System.Runtime.InteropServices.Architecture.X64 when OperatingSystem.IsWindows() => "win-x64",
                _ => null,
            };

        /// <summary>KibanaConnectors.Tool.&lt;rid&gt;: the tool compiled to a native executable for this machine; null where none is packed.</summary>
        public string? NativeToolPackagePath => NativeRid == null ? null : ToolPackage(NativeRid);

        /// <summary>KibanaConnectors.Tool.any: the framework-dependent tool, for the platforms without a native one.</summary>
        public string PortableToolPackagePath => ToolPackage("any");

        private string ToolPackage(string rid) => Path.Combine(Feed, $"KibanaConnectors.Tool.{rid}.{Version}.nupkg");

        /// <summary>The framework-dependent tool, unpacked from its package: run it as <c>dotnet &lt;path&gt;</c>.</summary>
        public string PortableToolDll()
        {
            var folder = Path.Combine(Root, "tool-any");
            if (!Directory.Exists(folder))
            {
                ZipFile.ExtractToDirectory(PortableToolPackagePath, folder);
            }

            return Directory.GetFiles(folder, "kibana-connectors.dll", SearchOption.AllDirectories).Single();
        }

        public string[] PackageEntries() => Entries(PackagePath);

        public static string[] Entries(string package)
        {
            using var zip = ZipFile.OpenRead(package);
            return zip.Entries.Select(e => e.FullName).ToArray();
        }

        /// <summary>The text of one file in a package, such as its .nuspec.</summary>
        public static string ReadEntry(string package, string entry)
        {
            using var zip = ZipFile.OpenRead(package);
            using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
            return reader.ReadToEnd();
        }

        /// <summary>Installs the kibana-connectors tool of <paramref name="version"/> from <paramref name="feed"/> into a tool path of its own; returns the command.</summary>
        public string InstallTool(string feed, string version)
        {
            var tools = Path.Combine(Root, "tools-" + version);
            if (File.Exists(Path.Combine(tools, "kibana-connectors")))
            {
                // Installed by another test of the collection (they run one after another).
                return Path.Combine(tools, "kibana-connectors");
            }

            var install = Dotnet.Run(Root, $"tool install KibanaConnectors.Tool --tool-path \"{tools}\" --add-source \"{feed}\" --version {version}");
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet tool install failed:\n" + install.Output);
            }

            return Path.Combine(tools, "kibana-connectors");
        }

        /// <summary>
        /// Whether <paramref name="command"/> runs without the .NET runtime (Linux): it is started as the editor server,
        /// answers <c>initialize</c>, and then its process has neither the runtime (libcoreclr) nor the host (libhostfxr)
        /// mapped, which every framework-dependent or apphost-launched .NET program has.
        /// </summary>
        public static bool IsNative(string command)
        {
            var info = new ProcessStartInfo(command, "lsp") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(info)!;
            try
            {
                var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}");
                var input = process.StandardInput.BaseStream;
                input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
                input.Write(body);
                input.Flush();
                // The answer's header: the server is up, its code loaded.
                var header = new StringBuilder();
                while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    var b = process.StandardOutput.BaseStream.ReadByte();
                    if (b < 0)
                    {
                        throw new InvalidOperationException("the editor server ended before it answered initialize: " + process.StandardError.ReadToEnd());
                    }

                    header.Append((char)b);
                }

                var maps = File.ReadAllText($"/proc/{process.Id}/maps");
                return !maps.Contains("libcoreclr.so", StringComparison.Ordinal) && !maps.Contains("libhostfxr.so", StringComparison.Ordinal);
            }
            finally
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(20_000))
                {
                    process.Kill();
                }
            }
        }

        /// <summary>A consumer's project file: the package, <paramref name="body"/> after it, the framework of <paramref name="tfm"/>.</summary>
        public static string ConsumerProject(string body = "", string tfm = "<TargetFramework>net8.0</TargetFramework>") => $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    {tfm}
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""KibanaConnectors"" Version=""$(KcVersion)"" />
  </ItemGroup>
  {body}
</Project>";

        /// <summary>Writes a consumer project in a folder of its own, restoring from the packed feed and the usual sources.</summary>
        public string CreateConsumer(string name, string csprojBody, params (string Path, string Text)[] files) =>
            CreateConsumer(name, Feed, Version, csprojBody, files);

        /// <summary>A consumer of the packages of another feed and version, such as those packed with a repository URL.</summary>
        public string CreateConsumer(string name, string feed, string version, string csprojBody, params (string Path, string Text)[] files)
        {
            var folder = Path.Combine(Root, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <add key=""kc-e2e"" value=""{feed}"" />
  </packageSources>
</configuration>
");
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(folder, name + ".csproj"), csprojBody.Replace("$(KcVersion)", version));
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            return folder;
        }

        public void Dispose()
        {
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var version in _extraVersions.Append(Version))
            {
                TryDelete(Path.Combine(cache, "kibanaconnectors", version));
                TryDelete(Path.Combine(cache, "kibanaconnectors.configuration", version));
                foreach (var rid in new[] { string.Empty, ".any", ".linux-x64", ".linux-arm64", ".win-x64" })
                {
                    TryDelete(Path.Combine(cache, "kibanaconnectors.tool" + rid, version));
                }
            }

            TryDelete(Root);
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>The repository's root folder (its samples, its sources).</summary>
        public static string RepositoryRoot => FindRepositoryRoot();

        private static string FindRepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
        }
    }

    internal static class Dotnet
    {
        public static (int ExitCode, string Output) Run(string workingDirectory, string arguments, int timeoutSeconds = 300) =>
            Command.Run("dotnet", workingDirectory, arguments, timeoutSeconds);
    }

    /// <summary>Runs a program and returns its exit code and its output and error text together.</summary>
    internal static class Command
    {
        /// <param name="environment">Variables set (or replaced) for the program, beside those of this process.</param>
        public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, string arguments, int timeoutSeconds = 300, params (string Name, string Value)[] environment) =>
            Run(fileName, workingDirectory, arguments, timeoutSeconds, environment.ToDictionary(e => e.Name, e => e.Value));

        /// <param name="environment">Variables set (or replaced) for the program, beside those of this process.</param>
        public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, string arguments, int timeoutSeconds = 300, System.Collections.Generic.IReadOnlyDictionary<string, string>? environment = null)
        {
            var info = new ProcessStartInfo(fileName, arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var (key, value) in environment ?? new System.Collections.Generic.Dictionary<string, string>())
            {
                info.Environment[key] = value;
            }

            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            var output = new StringBuilder();
            using var process = new Process { StartInfo = info };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, output + "\n(timed out)");
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }
}
