using System;
using System.IO;

namespace KibanaConnectors.RuntimeTypes
{
    /// <summary>
    /// <c>dotnet run --project tools/KibanaConnectors.RuntimeTypes [repository-root]</c>: rewrites the runtime library's
    /// catalogue types (<see cref="RuntimeTypesWriter.Folder"/>) from the connector catalogue.
    /// </summary>
    public static class Program
    {
        /// <summary>Writes the files; exit code 0, or 2 when the repository is not found.</summary>
        public static int Main(string[] args)
        {
            var root = args.Length > 0
                ? args[0]
                : RuntimeTypesWriter.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? RuntimeTypesWriter.FindRepositoryRoot(AppContext.BaseDirectory);
            if (root == null || !File.Exists(Path.Combine(root, "Generator.sln")))
            {
                Console.Error.WriteLine("Run this inside the KibanaConnectors repository, or pass its root folder.");
                return 2;
            }

            var folder = Path.Combine(root, RuntimeTypesWriter.Folder);
            var changed = RuntimeTypesWriter.Write(folder);
            Console.WriteLine(changed.Count == 0
                ? $"{RuntimeTypesWriter.Folder} is up to date."
                : $"{RuntimeTypesWriter.Folder}: {string.Join(", ", changed)}.");
            return 0;
        }
    }
}
