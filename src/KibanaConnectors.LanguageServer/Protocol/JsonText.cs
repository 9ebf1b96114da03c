using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KibanaConnectors.LanguageServer.Protocol
{
    /// <summary>
    /// Every piece of JSON the front ends write (editor-server messages, the CLI's json and sarif formats, the JSON
    /// Schema) goes through here, onto a <see cref="Utf8JsonWriter"/>: no <see cref="JsonSerializer"/>, no reflection,
    /// so the same code runs compiled ahead of time (the native tool) and on WebAssembly. A <see cref="JsonNode"/> is
    /// written with <see cref="JsonNode.WriteTo"/>; serializing one through <c>JsonSerializer</c> needs the reflection
    /// resolver, which Native AOT removes (it threw at the first message the editor server wrote).
    /// </summary>
    internal static class JsonText
    {
        /// <summary>Non-ASCII text as UTF-8 and <c>&lt;</c>, <c>&amp;</c>, <c>'</c> unescaped: what editors and schema readers read back alike.</summary>
        public static readonly JavaScriptEncoder Relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        /// <summary>A node as UTF-8 bytes, on one line (a protocol message).</summary>
        public static byte[] Utf8(JsonNode node, JavaScriptEncoder? encoder = null) =>
            Utf8(json => node.WriteTo(json), new JsonWriterOptions { Encoder = encoder ?? Relaxed });

        /// <summary>A node as text, indented (files and command output).</summary>
        public static string Indented(JsonNode node, JavaScriptEncoder? encoder = null) =>
            Indented(json => node.WriteTo(json), encoder);

        /// <summary>What <paramref name="write"/> writes, as indented text; <paramref name="encoder"/> null keeps the writer's default (ASCII only).</summary>
        public static string Indented(Action<Utf8JsonWriter> write, JavaScriptEncoder? encoder = null) =>
            Encoding.UTF8.GetString(Utf8(write, new JsonWriterOptions { Indented = true, Encoder = encoder }));

        /// <summary>What <paramref name="write"/> writes, as text on one line with the writer's default escaping.</summary>
        public static string Compact(Action<Utf8JsonWriter> write) =>
            Encoding.UTF8.GetString(Utf8(write, default));

        private static byte[] Utf8(Action<Utf8JsonWriter> write, JsonWriterOptions options)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, options))
            {
                write(json);
            }

            return stream.ToArray();
        }
    }
}
