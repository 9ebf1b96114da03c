using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace KibanaConnectors.Generator.Tests
{
    /// <summary>
    /// The rules core is laid out by stage, and no folder uses one above it. The compiler says which types each file
    /// uses, so a reference through a using, a qualified name or an implicit enclosing namespace is caught alike.
    /// </summary>
    public class LayeringTests
    {
        /// <summary>The folders of src/KibanaConnectors.Rules, lowest first: the order README's layout section draws.</summary>
        private static readonly string[] s_layers = { "Common", "Diagnostics", "Model", "Reading", "Catalogue", "Checks", "Set" };

        private static readonly string s_root = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "KibanaConnectors.Rules");

        [Fact]
        public void No_folder_of_the_rules_core_uses_one_above_it()
        {
            var files = Directory.GetFiles(s_root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .Append(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "KibanaConnectors", "EnvironmentTemplate.cs"))
                .Append(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "KibanaConnectors", "Actions", "EmailAddresses.cs"))
                .Append(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "KibanaConnectors", "Actions", "JsonText.cs"))
                .ToList();
            var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "KIBANACONNECTORS_RULES" });
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: f)).ToList();
            var compilation = CSharpCompilation.Create(
                "Rules",
                trees,
                // The test host's own assemblies (its runtime and YamlDotNet build): only names are bound here.
                ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                    .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && (Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "YamlDotNet.dll"))
                    .Select(p => MetadataReference.CreateFromFile(p)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var problems = new List<string>();
            var uses = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var tree in trees.Where(t => t.FilePath.StartsWith(s_root, StringComparison.Ordinal)))
            {
                var layer = Layer(tree.FilePath);
                Assert.True(layer >= 0, $"{tree.FilePath} sits in no known layer; add its folder to the list here and to README's layout");
                var model = compilation.GetSemanticModel(tree);
                foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name).Symbol;
                    var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                    var used = type == null ? -1 : LayerOf(type.ContainingNamespace.ToDisplayString());
                    if (used < 0)
                    {
                        continue;
                    }

                    uses.Add($"{s_layers[layer]} -> {s_layers[used]}");
                    if (used > layer)
                    {
                        problems.Add($"{Path.GetRelativePath(s_root, tree.FilePath)}({name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {s_layers[layer]} uses {type!.Name} of {s_layers[used]}, a layer above it");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));

            // The walk saw the real dependencies, not nothing: Checks uses the catalogue and reading, the set uses the checks.
            Assert.Contains("Checks -> Catalogue", uses);
            Assert.Contains("Checks -> Reading", uses);
            Assert.Contains("Set -> Checks", uses);
        }

        [Fact]
        public void The_readme_draws_the_layers_in_order()
        {
            var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "README.md"));
            var positions = s_layers.Select(l => readme.IndexOf("  " + l + "/", StringComparison.Ordinal)).ToList();
            Assert.All(positions, p => Assert.True(p > 0, "README's layout section lists every folder of the rules core"));
            Assert.Equal(positions.OrderByDescending(p => p), positions);
        }

        private static int Layer(string path)
        {
            var relative = Path.GetRelativePath(s_root, path).Split(Path.DirectorySeparatorChar);
            return relative.Length > 1 ? Array.IndexOf(s_layers, relative[0]) : -1;
        }

        private static int LayerOf(string ns)
        {
            const string prefix = "KibanaConnectors.Rules.";
            if (!ns.StartsWith(prefix, StringComparison.Ordinal))
            {
                return -1;
            }

            return Array.IndexOf(s_layers, ns.Substring(prefix.Length).Split('.')[0]);
        }
    }
}
