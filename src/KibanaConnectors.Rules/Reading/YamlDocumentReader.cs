using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using KibanaConnectors.Rules.Common;
using KibanaConnectors.Rules.Model;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>A problem found while reading YAML: KC0001 (syntax) or KC0008 (limits).</summary>
    internal readonly record struct YamlProblem(bool IsLimit, string Message, SourceSpan Span);

    /// <summary>One document of a YAML stream (a Kubernetes manifest): its root (null when empty) and where it was written.</summary>
    internal sealed record YamlDocument(YamlNode? Root, SourceSpan Span);

    /// <summary>
    /// Reads one YAML document from YamlDotNet's event stream into <see cref="YamlNode"/>s with exact positions, by the
    /// rules of the reader the Kibana release uses (<see cref="SettingsReader"/>): how scalars and tags resolve, what
    /// a key becomes as a JavaScript property name, which keys count as duplicates, merge keys, and the yaml package's
    /// limit on aliases. Aliases share the anchored node, so what they point at keeps the place where it was written.
    /// </summary>
    internal sealed class YamlDocumentReader
    {
        /// <summary>The yaml package's <c>maxAliasCount</c> default.</summary>
        private const int MaxAliasCount = 100;

        private static readonly Regex s_positionPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        private readonly IParser _parser;
        private readonly string _body;
        private readonly SettingsReader _reader;
        private readonly bool _forceMergeKeys;
        private readonly YamlDotNetWorkarounds.Patches _patches;
        private readonly Dictionary<string, YamlNode> _anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        // The yaml package's alias bookkeeping (Alias.toJS): per anchored node, its uses (the anchor itself counts
        // once) and how many values one use stands for (its nested aliases multiply).
        private readonly Dictionary<YamlNode, AliasUse> _aliasUses = new Dictionary<YamlNode, AliasUse>();

        // A byte order mark the host left in the text: read past it, but keep offsets and columns those of the text.
        private readonly int _bom;

        // Text read out of a scalar of another file (a Helm chart's kibanaConfig): its places are that file's.
        private readonly EmbeddedText? _embedded;

        private readonly System.Threading.CancellationToken _cancellationToken;
        private YamlDialect _dialect;
        private int _nodesRead;
        private List<(int Start, int Length)>? _lines;

        // Whether the last scalar read was empty (nothing, or only an anchor or a tag): after one, the yaml package takes
        // a [list] or {map} key in a block map, which it refuses after any other value.
        private bool _lastScalarEmpty;

        private YamlDocumentReader(string body, int bom, SettingsReader reader, bool forceMergeKeys, YamlDialect dialect, YamlDotNetWorkarounds.Patches patches, EmbeddedText? embedded, System.Threading.CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _embedded = embedded;
            _bom = bom;
            _body = body;
            _parser = new Parser(new StringReader(body));
            _reader = reader;
            _forceMergeKeys = forceMergeKeys;
            _dialect = dialect;
            _patches = patches;
        }

        /// <summary>Reads <paramref name="text"/> as the yaml package does (with merge keys when <paramref name="applyMergeKeys"/>).</summary>
        public static (YamlNode? Root, IReadOnlyList<YamlProblem> Problems) Read(string text, bool applyMergeKeys, System.Threading.CancellationToken cancellationToken = default) =>
            Read(text, SettingsReader.Yaml, applyMergeKeys, cancellationToken);

        /// <summary>
        /// Reads <paramref name="text"/> with the rules of <paramref name="reader"/>; <paramref name="applyMergeKeys"/> applies
        /// <c>&lt;&lt;</c> merge keys whatever the reader. Returns the root node (null for an empty document) and the problems found.
        /// </summary>
        public static (YamlNode? Root, IReadOnlyList<YamlProblem> Problems) Read(string text, SettingsReader reader, bool applyMergeKeys, System.Threading.CancellationToken cancellationToken = default) =>
            Read(text, reader, applyMergeKeys, null, cancellationToken);

        /// <summary>
        /// The same for the text of a scalar of another file (<paramref name="embedded"/>): every place found is that file's.
        /// </summary>
        public static (YamlNode? Root, IReadOnlyList<YamlProblem> Problems) Read(string text, SettingsReader reader, bool applyMergeKeys, EmbeddedText? embedded, System.Threading.CancellationToken cancellationToken)
        {
            var (documents, problems) = ReadAll(text, reader, applyMergeKeys, stream: false, embedded, cancellationToken);
            return (problems.Count == 0 && documents.Count > 0 ? documents[0].Root : null, problems);
        }

        /// <summary>
        /// Reads a Kubernetes manifest or a Helm values file as Kubernetes and Helm read them (<see cref="YamlDialect.Kubernetes"/>:
        /// <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c> are booleans, merge keys apply), every document of the stream.
        /// Keys and duplicates follow the yaml package's rules, as for a settings file.
        /// </summary>
        public static (IReadOnlyList<YamlDocument> Documents, IReadOnlyList<YamlProblem> Problems) ReadManifest(string text, System.Threading.CancellationToken cancellationToken = default) =>
            ReadAll(text, SettingsReader.Yaml, applyMergeKeys: true, stream: true, embedded: null, cancellationToken);

        private static (IReadOnlyList<YamlDocument> Documents, IReadOnlyList<YamlProblem> Problems) ReadAll(string text, SettingsReader reader, bool applyMergeKeys, bool stream, EmbeddedText? embedded, System.Threading.CancellationToken cancellationToken)
        {
            if (text.Length > YamlReadLimits.MaxCharacters)
            {
                return (Array.Empty<YamlDocument>(), new[] { new YamlProblem(true, $"it has {text.Length} characters, more than the {YamlReadLimits.MaxCharacters} a connector file may have", SourceSpan.None) });
            }

            var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var body = bom == 0 ? text : text.Substring(1);

            // The %YAML directive decides the rules; YamlDotNet refuses versions the JavaScript readers take (2.0 in
            // the yaml package), so it is read here and blanked out, offsets unchanged.
            var (version, directiveProblem, withoutDirective) = YamlDotNetWorkarounds.YamlDirective(body, jsYaml: reader != SettingsReader.Yaml);
            var dialect = stream ? YamlDialect.Kubernetes : Dialect(reader, version);
            if (directiveProblem != null)
            {
                var span = Shift(directiveProblem.Value.Span, bom);
                return (Array.Empty<YamlDocument>(), new[] { new YamlProblem(false, directiveProblem.Value.Message, embedded?.Map(span) ?? span) });
            }

            // Characters the readers treat otherwise (TextCharacters): js-yaml refuses a NUL anywhere; YamlDotNet reads
            // placeholders where it would read a line break or refuse a NUL.
            var characters = stream ? null : TextCharacters.Scan(body);
            if (characters?.FirstNul >= 0 && reader != SettingsReader.Yaml)
            {
                var at = SpanAt(body, characters.FirstNul, bom);
                return (Array.Empty<YamlDocument>(), new[] { new YamlProblem(false, "the file holds a NUL character (U+0000), and js-yaml, the YAML reader of this Kibana release, refuses a file with one (\"null byte is not allowed in input\"); remove it", embedded?.Map(at) ?? at) });
            }

            var read = characters?.Apply(withoutDirective) ?? withoutDirective;
            var first = characters == null ? YamlDotNetWorkarounds.Patches.None : new YamlDotNetWorkarounds.Patches { Characters = characters, Original = body };
            var attempt = Attempt(read, bom, reader, applyMergeKeys, dialect, first, embedded, stream, cancellationToken);
            if (attempt.Failure is YamlException failure)
            {
                // An implicit key longer than 1,024 characters: the yaml package refuses it (but in a flow map), js-yaml
                // reads it, YamlDotNet refuses it.
                var longKeys = stream ? new List<YamlDotNetWorkarounds.LongKey>() : YamlDotNetWorkarounds.LongKeys(read);
                if (reader == SettingsReader.Yaml && longKeys.Find(k => !k.InFlowMap) is { Colon: > 0 } tooLong)
                {
                    var at = SpanOf(body, tooLong.Start, tooLong.Colon, bom);
                    return (Array.Empty<YamlDocument>(), new[] { new YamlProblem(false, $"the key is {tooLong.Colon - tooLong.Start} characters long up to its ':', and the yaml package Kibana reads settings with refuses an implicit key longer than 1024 (\"The : indicator must be at most 1024 chars after the start of an implicit block mapping key\"); shorten it, or write it as an explicit key ('? ' and the key, then ': ' and the value on the next line)", embedded?.Map(at) ?? at) });
                }

                if (YamlDotNetWorkarounds.Patch(read, failure, jsYaml: reader != SettingsReader.Yaml, reader == SettingsReader.Yaml ? new List<YamlDotNetWorkarounds.LongKey>() : longKeys) is (string patched, YamlDotNetWorkarounds.Patches patches))
                {
                    // YamlDotNet refused valid YAML (see YamlDotNetWorkarounds): read the patched text, whose places are the file's.
                    patches.Characters = characters;
                    patches.Original ??= characters == null && patches.Removals == null ? null : body;
                    attempt = Attempt(patched, bom, reader, applyMergeKeys, dialect, patches, embedded, stream, cancellationToken);
                }
            }

            return (attempt.Problems.Count == 0 ? attempt.Documents : Array.Empty<YamlDocument>(), attempt.Problems);
        }

        // A flow collection used as a key without '?' in front of it.
        private bool IsImplicitFlowKey(ParsingEvent key) =>
            (key is SequenceStart { Style: SequenceStyle.Flow } || key is MappingStart { Style: MappingStyle.Flow }) && !AfterQuestionMark(key);

        private static bool HasProperties(ParsingEvent key) => key switch
        {
            Scalar scalar => !scalar.Anchor.IsEmpty || (!scalar.Tag.IsEmpty && scalar.Tag.Value != "?"),
            NodeEvent node => !node.Anchor.IsEmpty || (!node.Tag.IsEmpty && node.Tag.Value != "?"),
            _ => false,
        };

        private bool AfterQuestionMark(ParsingEvent key)
        {
            var i = (int)key.Start.Index - 1;
            while (i >= 0 && (_body[i] == ' ' || _body[i] == '\t'))
            {
                i--;
            }

            return i >= 0 && _body[i] == '?';
        }

        private static YamlDialect Dialect(SettingsReader reader, string? version) => reader switch
        {
            SettingsReader.JsYaml => YamlDialect.JsYaml4,
            SettingsReader.JsYamlSafeLoad => YamlDialect.JsYaml3,
            _ => version == "1.1" ? YamlDialect.Yaml11 : YamlDialect.Yaml12,
        };

        // The place of one character of the text (after a byte order mark of bom characters), lines counted as YamlDotNet counts them.
        private static SourceSpan SpanAt(string body, int index, int bom) => SpanOf(body, index, index + 1, bom);

        private static SourceSpan SpanOf(string body, int start, int end, int bom)
        {
            var lines = TextLines.Split(body);
            var (startLine, startColumn) = LineAndColumn(lines, start);
            var (endLine, endColumn) = LineAndColumn(lines, end);
            return Shift(new SourceSpan(start, end, startLine, startColumn, endLine, endColumn), bom);
        }

        private static (int Line, int Column) LineAndColumn(List<(int Start, int Length)> lines, int index)
        {
            var line = TextLines.LineOf(lines, index);
            return (line, index - lines[line].Start);
        }

        private static SourceSpan Shift(SourceSpan span, int bom) =>
            bom == 0 ? span : new SourceSpan(span.Start + bom, span.End + bom, span.StartLine, span.StartColumn + (span.StartLine == 0 ? bom : 0), span.EndLine, span.EndColumn + (span.EndLine == 0 ? bom : 0));

        private static (IReadOnlyList<YamlDocument> Documents, List<YamlProblem> Problems, YamlException? Failure) Attempt(string body, int bom, SettingsReader reader, bool applyMergeKeys, YamlDialect dialect, YamlDotNetWorkarounds.Patches patches, EmbeddedText? embedded, bool stream, System.Threading.CancellationToken cancellationToken)
        {
            var read = new YamlDocumentReader(body, bom, reader, applyMergeKeys, dialect, patches, embedded, cancellationToken);
            var problems = new List<YamlProblem>();
            YamlException? failure = null;
            IReadOnlyList<YamlDocument> documents = Array.Empty<YamlDocument>();
            try
            {
                documents = stream ? read.ReadDocuments() : new[] { new YamlDocument(read.ReadStream(), SourceSpan.None) };
            }
            catch (PlacedException ex)
            {
                problems.Add(new YamlProblem(false, ex.Problem, ex.Span));
            }
            catch (YamlException ex)
            {
                failure = ex;
                problems.Add(new YamlProblem(false, s_positionPrefix.Replace(ex.Message, string.Empty), read.ToSpan(ex.Start, ex.End)));
            }
            catch (LimitExceededException ex)
            {
                problems.Add(new YamlProblem(true, ex.Message, ex.Span));
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is IndexOutOfRangeException || ex is NullReferenceException)
            {
                // YamlDotNet's parser throws these on some malformed input (an unclosed '{' among them): report the
                // syntax error at the last place the parser reached instead of failing.
                var at = read._parser.Current is ParsingEvent current ? read.ToSpan(current.Start, current.End) : SourceSpan.None;
                problems.Add(new YamlProblem(false, "the YAML syntax is broken at or after this point (an unclosed bracket or quote, or a misplaced indicator)", at));
            }

            return (documents, problems, failure);
        }

        private bool MergeKeys => _forceMergeKeys || _dialect != YamlDialect.Yaml12;

        private bool IsJsYaml => _dialect == YamlDialect.JsYaml3 || _dialect == YamlDialect.JsYaml4;

        // The yaml package's own refusals (its alias limit, flow keys after the first key) are not Kubernetes' (go-yaml).
        private bool IsYamlPackage => _dialect == YamlDialect.Yaml12 || _dialect == YamlDialect.Yaml11;

        private YamlNode? ReadStream()
        {
            _parser.Consume<StreamStart>();
            if (_parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            _parser.Consume<DocumentStart>();
            var root = _parser.Accept<DocumentEnd>(out _) ? null : ReadNode(0);
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var second))
            {
                throw new YamlException(second.Start, second.End, "the file holds more than one YAML document ('---'), and Kibana's YAML reader refuses that: a settings file is one document");
            }

            _parser.Consume<StreamEnd>();
            return root;
        }

        // Every document of a stream, each with its own anchors, as Kubernetes reads a manifest.
        private List<YamlDocument> ReadDocuments()
        {
            var documents = new List<YamlDocument>();
            _parser.Consume<StreamStart>();
            while (_parser.TryConsume<DocumentStart>(out var start))
            {
                _anchors.Clear();
                _aliasUses.Clear();
                var root = _parser.Accept<DocumentEnd>(out _) ? null : ReadNode(0);
                var end = _parser.Consume<DocumentEnd>();
                documents.Add(new YamlDocument(root, ToSpan(start.Start, end.End)));
            }

            _parser.Consume<StreamEnd>();
            return documents;
        }

        private YamlNode ReadNode(int depth)
        {
            // A large file is read in well under a second, but an IDE cancels on every keystroke: check now and then.
            if ((++_nodesRead & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (_parser.TryConsume<AnchorAlias>(out var alias))
            {
                _lastScalarEmpty = false;
                var span = ToSpan(alias.Start, alias.End);
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value.Value}' names no anchor defined before it");
                }

                if (IsYamlPackage)
                {
                    CountAlias(alias.Value.Value, target, span);
                }

                return new YamlAlias(span, alias.Value.Value, target);
            }

            if (depth > YamlReadLimits.MaxDepth)
            {
                var current = _parser.Current!;
                throw new LimitExceededException($"maps and lists are nested more than {YamlReadLimits.MaxDepth} levels deep", ToSpan(current.Start, current.End));
            }

            var start = _parser.Current!;
            YamlNode node;
            string anchor;
            if (_parser.TryConsume<Scalar>(out var scalar))
            {
                anchor = scalar.Anchor.IsEmpty ? string.Empty : scalar.Anchor.Value;
                node = ToScalar(scalar);
            }
            else if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                anchor = sequenceStart.Anchor.IsEmpty ? string.Empty : sequenceStart.Anchor.Value;
                var items = new List<YamlNode>();
                while (!_parser.Accept<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(depth + 1));
                }

                var end = _parser.Consume<SequenceEnd>();
                node = new YamlSequence(ToSpan(sequenceStart.Start, end.End), items);
            }
            else
            {
                var mappingStart = _parser.Consume<MappingStart>();
                anchor = mappingStart.Anchor.IsEmpty ? string.Empty : mappingStart.Anchor.Value;
                node = ReadMapping(mappingStart, depth);
            }

            if (anchor.Length == 0 && _patches.AnchorsAt != null)
            {
                _patches.AnchorsAt.TryGetValue((int)start.Start.Index, out anchor);
            }

            if (!string.IsNullOrEmpty(anchor))
            {
                _anchors[anchor] = node;
            }

            return node;
        }

        // The yaml package (Alias.toJS): each use of an anchor adds one to its count (which starts at one for the
        // anchor itself); the document fails when count times the values one use stands for passes maxAliasCount.
        // What one use stands for is fixed at its first use: 1 for a scalar, the largest of its items for a map or a
        // list (so an empty one is 0, never limited), and an alias inside counts as that anchor's count times its own.
        private void CountAlias(string name, YamlNode target, SourceSpan span)
        {
            if (!_aliasUses.TryGetValue(target, out var use))
            {
                use = new AliasUse();
                _aliasUses.Add(target, use);
            }

            use.Count++;
            if (use.Values == 0)
            {
                use.Values = AliasValues(target);
            }

            if (use.Count * use.Values > MaxAliasCount)
            {
                var what = use.Values == 1 ? $"used {use.Count - 1} times" : $"used {use.Count - 1} times, and each use stands for {use.Values} aliased values";
                throw new LimitExceededException(
                    $"the anchor '&{name}' is {what}; Kibana's YAML reader (the yaml package, maxAliasCount {MaxAliasCount}) refuses a file where an anchor's uses, counting the anchor itself, times that reach past {MaxAliasCount}", span);
            }
        }

        private double AliasValues(YamlNode node)
        {
            switch (node)
            {
                case YamlAlias alias:
                    return _aliasUses.TryGetValue(alias.Anchored, out var use) ? use.Count * use.Values : 0;
                case YamlSequence sequence:
                    return sequence.Items.Count == 0 ? 0 : sequence.Items.Max(AliasValues);
                case YamlMapping mapping:
                    return mapping.Entries.Count == 0 ? 0 : mapping.Entries.Max(e => Math.Max(AliasValues(e.KeyNode), AliasValues(e.Value)));
                default:
                    return 1;
            }
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<YamlEntry>();

            // Keys that are text compare by their text in both readers; the others (numbers, booleans, null, aliases,
            // maps and lists) are few, and compared one by one. Most maps are small: their text keys are searched
            // among the entries, and only a large map gets a dictionary of them (a map's dictionary was a fifth of what
            // reading allocated).
            Dictionary<string, YamlEntry>? texts = null;
            List<YamlEntry>? others = null;
            List<YamlNode>? merges = null;
            while (!_parser.Accept<MappingEnd>(out _))
            {
                var keyEvent = _parser.Current!;
                if (IsYamlPackage && entries.Count + (merges?.Count ?? 0) > 0 && start.Style == MappingStyle.Block && IsImplicitFlowKey(keyEvent) && !_lastScalarEmpty)
                {
                    // The yaml package refuses it ("Map comment with trailing content"); js-yaml and YamlDotNet take it.
                    throw new YamlException(keyEvent.Start, keyEvent.End, "a key written as a [list] or {map} after the first key of a block map is refused by the yaml package Kibana reads settings with; quote the key");
                }

                if (IsJsYaml && entries.Count + (merges?.Count ?? 0) == 0 && start.Style == MappingStyle.Block && HasProperties(keyEvent) && !AfterQuestionMark(keyEvent))
                {
                    // js-yaml reads the properties as the map's own, then finds a key it cannot place.
                    throw new YamlException(keyEvent.Start, keyEvent.End, "js-yaml, which this Kibana release reads settings with, refuses an anchor or a tag on the first key of a block map (\"bad indentation of a mapping entry\"); write the key without it, or move it after another key");
                }

                var key = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (MergeKeys && key is YamlScalar { IsPlain: true, Value: "<<" })
                {
                    (merges ??= new List<YamlNode>()).Add(value);
                    continue;
                }

                var entry = new YamlEntry(JsKey(key), key, value);
                YamlEntry? first = null;
                if (IsTextKey(entry))
                {
                    first = FindText(entries, texts, entry.Key);
                    if (first != null)
                    {
                        throw new YamlException(keyEvent.Start, keyEvent.End, DuplicateMessage(entry, first));
                    }

                    if (texts != null)
                    {
                        texts.Add(entry.Key, entry);
                    }
                    else if (entries.Count >= TextKeysIndexedFrom)
                    {
                        texts = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
                        foreach (var e in entries)
                        {
                            if (IsTextKey(e))
                            {
                                texts.Add(e.Key, e);
                            }
                        }

                        texts.Add(entry.Key, entry);
                    }
                }
                else
                {
                    others ??= new List<YamlEntry>();
                    first = FindSameKey(others, entry);
                    if (first != null)
                    {
                        throw new YamlException(keyEvent.Start, keyEvent.End, DuplicateMessage(entry, first));
                    }

                    others.Add(entry);
                }

                entries.Add(entry);
            }

            var end = _parser.Consume<MappingEnd>();
            var mapping = new YamlMapping(ToSpan(start.Start, end.End), entries);

            // The yaml package keeps 1 and '1' as two keys of one map, but a JavaScript object has one property "1".
            if (!IsJsYaml && others != null)
            {
                mapping.SharesNames = SharesNames(entries, texts, others);
            }

            if (merges != null)
            {
                var names = new HashSet<string>(entries.Select(e => e.Key), StringComparer.Ordinal);
                foreach (var merged in merges)
                {
                    ApplyMerge(entries, names, merged);
                }
            }

            return mapping;
        }

        private const int TextKeysIndexedFrom = 8;

        // A key compared by its text: every key for js-yaml, which compares property names; a text key for the yaml package.
        private bool IsTextKey(YamlEntry entry) => IsJsYaml || entry.KeyNode is YamlScalar { Kind: ScalarKind.String };

        // The entry with this text key so far: in the map's dictionary once it has one, else among its entries.
        private YamlEntry? FindText(List<YamlEntry> entries, Dictionary<string, YamlEntry>? texts, string key)
        {
            if (texts != null)
            {
                return texts.TryGetValue(key, out var found) ? found : null;
            }

            foreach (var e in entries)
            {
                if (string.Equals(e.Key, key, StringComparison.Ordinal) && IsTextKey(e))
                {
                    return e;
                }
            }

            return null;
        }

        // Apart from ReadMapping: lambdas there over its locals made the compiler allocate a closure for every map read.
        private bool SharesNames(List<YamlEntry> entries, Dictionary<string, YamlEntry>? texts, List<YamlEntry> others) =>
            others.Exists(o => FindText(entries, texts, o.Key) != null)
            || others.Exists(o => others.Exists(p => !ReferenceEquals(o, p) && o.Key == p.Key));

        // A loop, not a lambda: a lambda over the entry made the compiler allocate a closure for every entry of every map.
        private static YamlEntry? FindSameKey(List<YamlEntry> others, YamlEntry entry)
        {
            foreach (var other in others)
            {
                if (SameKey(other, entry))
                {
                    return other;
                }
            }

            return null;
        }

        // Whether two keys that are not text are one key in the yaml package, which compares scalars by value (===:
        // true and True, 1 and 0x1 and 1.0, null and ~ are one key; NaN, dates and aliases never equal anything).
        // js-yaml compares every key by the property name it gives.
        private static bool SameKey(YamlEntry a, YamlEntry b)
        {
            if (!(a.KeyNode is YamlScalar x) || !(b.KeyNode is YamlScalar y))
            {
                return false;
            }

            var xNumber = x.Kind == ScalarKind.Integer || x.Kind == ScalarKind.Float;
            var yNumber = y.Kind == ScalarKind.Integer || y.Kind == ScalarKind.Float;
            return xNumber && yNumber ? x.Number == y.Number
                : x.Kind == y.Kind && (x.Kind == ScalarKind.Null || (x.Kind == ScalarKind.Boolean && x.IsTrue == y.IsTrue));
        }

        private string DuplicateMessage(YamlEntry entry, YamlEntry first)
        {
            var line = first.KeySpan.DisplayLine;
            var written = entry.KeyNode is YamlScalar s ? s.Value : entry.Key;
            var firstWritten = first.KeyNode is YamlScalar f ? f.Value : first.Key;
            var same = written == firstWritten ? $"the key '{written}' appears twice in one map (first at line {line})"
                : IsJsYaml ? $"the key '{written}' is the key '{firstWritten}' of line {line} again: js-yaml compares keys as the text '{entry.Key}'"
                : $"the key '{written}' is the key '{firstWritten}' of line {line} again: both are {Describe(entry.KeyNode)}";
            return same + "; Kibana's YAML reader refuses a map with a duplicate key";
        }

        private static string Describe(YamlNode key) => key is YamlScalar scalar
            ? scalar.Kind switch
            {
                ScalarKind.Null => "null",
                ScalarKind.Boolean => "the boolean " + (scalar.IsTrue ? "true" : "false"),
                ScalarKind.String => "the text '" + scalar.Value + "'",
                _ => "the number " + JsText.Number(scalar.Number),
            }
            : "the same value";

        // Both readers: keys written in the map win; among merged maps, the first that has a key wins. js-yaml 3 merges
        // Object.keys of each map, where a '__proto__' key never is (it set the map's prototype), so it is dropped.
        private void ApplyMerge(List<YamlEntry> entries, HashSet<string> names, YamlNode value)
        {
            var sources = value.Target is YamlSequence sequence ? sequence.Items : new List<YamlNode> { value };
            foreach (var source in sources)
            {
                if (!(source.Target is YamlMapping mapping))
                {
                    throw new PlacedException(source.Span, "a '<<' merge key must be followed by a map or a list of maps");
                }

                foreach (var entry in mapping.Entries)
                {
                    if (_dialect == YamlDialect.JsYaml3 && entry.Key == "__proto__")
                    {
                        continue;
                    }

                    if (names.Add(entry.Key))
                    {
                        entries.Add(entry);
                    }
                }
            }
        }

        // The JavaScript property name a key becomes: String(key) in js-yaml; in the yaml package "" for null and the
        // YAML text of a collection.
        private string JsKey(YamlNode key)
        {
            var node = key.Target;
            switch (node)
            {
                case YamlScalar scalar:
                    switch (scalar.Kind)
                    {
                        case ScalarKind.Null:
                            return IsJsYaml ? "null" : string.Empty;
                        case ScalarKind.Boolean:
                            return scalar.IsTrue ? "true" : "false";
                        case ScalarKind.Integer:
                        case ScalarKind.Float:
                            return JsText.Number(scalar.Number);
                        case ScalarKind.Timestamp:
                            return scalar.KeyText ?? scalar.Value;
                        case ScalarKind.Binary:
                            return BinaryText.KeyName(_dialect, scalar.Value) ?? scalar.Value;
                        default:
                            return scalar.Value;
                    }

                case YamlSequence sequence:
                    return IsJsYaml
                        ? string.Join(",", sequence.Items.Select(i => i.Target is YamlMapping ? "[object Object]" : JsKey(i)))
                        : sequence.Items.Count == 0 ? "[]" : "[ " + string.Join(", ", sequence.Items.Select(JsKey)) + " ]";
                default:
                    var mapping = (YamlMapping)node;
                    return IsJsYaml ? "[object Object]"
                        : mapping.Entries.Count == 0 ? "{}" : "{ " + string.Join(", ", mapping.Entries.Select(e => e.Key + ": " + JsKey(e.Value))) + " }";
            }
        }

        private YamlScalar ToScalar(Scalar scalar)
        {
            var isPlain = scalar.Style == ScalarStyle.Plain;
            var value = _patches.ValuesAt != null && _patches.ValuesAt.TryGetValue((int)scalar.Start.Index, out var kept) ? kept : scalar.Value;
            if (_patches.Characters is TextCharacters characters)
            {
                value = characters.Restore(value);
                if (IsJsYaml)
                {
                    RefuseNonPrintable(scalar, characters);
                }
            }
            ResolvedScalar resolved;
            if (!scalar.Tag.IsEmpty && scalar.Tag.Value != "?")
            {
                resolved = YamlSchemas.Explicit(_dialect, scalar.Tag.Value, value, isPlain);
            }
            else
            {
                resolved = isPlain ? YamlSchemas.Implicit(_dialect, value) : ResolvedScalar.Text;
            }

            if (resolved.Error != null)
            {
                throw new YamlException(scalar.Start, scalar.End, resolved.Error);
            }

            _lastScalarEmpty = isPlain && value.Length == 0;
            var width = scalar.End.Index - scalar.Start.Index;
            var quotes = scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted ? 2 : 0;
            var singleLine = scalar.Start.Line == scalar.End.Line && width == value.Length + quotes
                && (scalar.Style == ScalarStyle.Plain || quotes == 2);
            return new YamlScalar(ToSpan(scalar.Start, scalar.End), value, resolved.Kind, isPlain, singleLine)
            {
                Style = scalar.Style,
                Number = resolved.Number,
                IsTrue = resolved.IsTrue,
                KeyText = resolved.Kind != ScalarKind.Timestamp ? null : JsText.DateString(resolved.Date),
            };
        }

        // js-yaml checks the characters of each scalar it captures (captureSegment), and refuses the whole file.
        private void RefuseNonPrintable(Scalar scalar, TextCharacters characters)
        {
            var quoted = scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted;
            var start = _patches.OriginalIndex((int)scalar.Start.Index);
            var at = characters.RefusedByJsYaml(start, _patches.OriginalIndex((int)scalar.End.Index), quoted);
            if (at < 0)
            {
                return;
            }

            var c = _patches.Original![at];
            var code = "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            var span = SpanAt(_patches.Original, at, _bom);
            throw new PlacedException(_embedded?.Map(span) ?? span, quoted
                ? $"the quoted text holds the control character {code}, and js-yaml, the YAML reader of this Kibana release, refuses a file with one in quotes (\"expected valid JSON character\"); remove it, or write it as the escape \\u{((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)} in double quotes"
                : $"the text holds the non-printable character {code}, and js-yaml, the YAML reader of this Kibana release, refuses a file with one outside quotes (\"the stream contains non-printable characters\"); remove it, or write the text in double quotes with the escape \\u{((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)}");
        }

        private SourceSpan ToSpan(Mark start, Mark end)
        {
            if (_patches.Original != null)
            {
                // The text read differs from the file in its line breaks or its length: places from the file's own lines.
                _lines ??= TextLines.Split(_patches.Original);
                var from = _patches.OriginalIndex((int)start.Index);
                var to = _patches.OriginalIndex((int)end.Index);
                var (startLine, startColumn) = LineAndColumn(_lines, from);
                var (endLine, endColumn) = LineAndColumn(_lines, to);
                var mapped = Shift(new SourceSpan(from, to, startLine, startColumn, endLine, endColumn), _bom);
                return _embedded == null ? mapped : _embedded.Map(mapped);
            }

            var span = new SourceSpan(
                (int)start.Index + _bom,
                (int)end.Index + _bom,
                (int)start.Line - 1,
                (int)start.Column - 1 + (start.Line == 1 ? _bom : 0),
                (int)end.Line - 1,
                (int)end.Column - 1 + (end.Line == 1 ? _bom : 0));
            return _embedded == null ? span : _embedded.Map(span);
        }

        private sealed class AliasUse
        {
            public double Count { get; set; } = 1;

            public double Values { get; set; }
        }

        // A problem found after reading, at a node's place (already the file's, so not mapped again).
        private sealed class PlacedException : Exception
        {
            public PlacedException(SourceSpan span, string problem)
                : base(problem)
            {
                Span = span;
                Problem = problem;
            }

            public SourceSpan Span { get; }

            public string Problem { get; }
        }

        private sealed class LimitExceededException : Exception
        {
            public LimitExceededException(string message, SourceSpan span)
                : base(message) => Span = span;

            public SourceSpan Span { get; }
        }
    }
}
