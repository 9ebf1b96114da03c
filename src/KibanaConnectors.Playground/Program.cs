namespace KibanaConnectors.Playground
{
    /// <summary>The WebAssembly entry point: nothing to do at start; the page calls <see cref="PlaygroundExports"/>.</summary>
    internal static class Program
    {
        private static void Main()
        {
        }
    }
}
