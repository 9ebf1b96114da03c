using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System;
using KibanaConnectors.Rules.Common;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace KibanaConnectors.Rules.Reading
{
    /// <summary>A problem found while reading YAML: KC0001 (syntax) or KC0008 (limits).</summary>
    internal readonly record struct YamlProblem(bool IsLimit, string Message, SourceSpan Span);

    /// <summary>
    /// Reads one YAML document from the parser's event stream into <see cref="YamlNode"/>s with exact positions.
    /// Aliases share the anchored node, so what they point at keeps the place where it was written. Duplicate keys
    /// are an error, as in Kibana's reader; <c>&lt;&lt;</c> merge keys are applied only when <c>applyMergeKeys</c> is set.
    /// </summary>
    internal sealed class YamlDocumentReader
    {
        private static readonly Regex s_positionPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        private readonly IParser _parser;
        private readonly bool _applyMergeKeys;
        private readonly Dictionary<string, YamlNode> _anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _aliasUses = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<YamlProblem> _problems = new List<YamlProblem>();

        // A byte order mark the host left in the text: read past it, but keep offsets and columns those of the text.
        private readonly int _bom;

        private readonly System.Threading.CancellationToken _cancellationToken;
        private int _nodesRead;

        private YamlDocumentReader(string text, bool applyMergeKeys, System.Threading.CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            _bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            _parser = new Parser(new StringReader(_bom == 0 ? text : text.Substring(1)));
            _applyMergeKeys = applyMergeKeys;
        }

        /// <summary>Reads <paramref name="text"/>; returns the root node (null for an empty document) and the problems found.</summary>
        public static (YamlNode? Root, IReadOnlyList<YamlProblem> Problems) Read(string text, bool applyMergeKeys, System.Threading.CancellationToken cancellationToken = default)
        {
            if (text.Length > YamlReadLimits.MaxCharacters)
            {
                return (null, new[] { new YamlProblem(true, $"it has {text.Length} characters, more than the {YamlReadLimits.MaxCharacters} a connector file may have", SourceSpan.None) });
            }

            var reader = new YamlDocumentReader(text, applyMergeKeys, cancellationToken);
            YamlNode? root = null;
            try
            {
                root = reader.ReadStream();
            }
            catch (YamlException ex)
            {
                reader._problems.Add(new YamlProblem(false, s_positionPrefix.Replace(ex.Message, string.Empty), reader.ToSpan(ex.Start, ex.End)));
                root = null;
            }
            catch (LimitExceededException ex)
            {
                reader._problems.Add(new YamlProblem(true, ex.Message, ex.Span));
                root = null;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is IndexOutOfRangeException || ex is NullReferenceException)
            {
                // YamlDotNet's parser throws these on some malformed input (an unclosed '{' among them): report the
                // syntax error at the last place the parser reached instead of failing.
                var at = reader._parser.Current is ParsingEvent current ? reader.ToSpan(current.Start, current.End) : SourceSpan.None;
                reader._problems.Add(new YamlProblem(false, "the YAML syntax is broken at or after this point (an unclosed bracket or quote, or a misplaced indicator)", at));
                root = null;
            }

            return (reader._problems.Count == 0 ? root : null, reader._problems);
        }

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
                throw new YamlException(second.Start, second.End, "the file holds more than one YAML document ('---'); Kibana reads a settings file as a single document");
            }

            _parser.Consume<StreamEnd>();
            return root;
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
                var span = ToSpan(alias.Start, alias.End);
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias '*{alias.Value.Value}' names no anchor defined before it");
                }

                _aliasUses.TryGetValue(alias.Value.Value, out var uses);
                _aliasUses[alias.Value.Value] = ++uses;
                if (uses > YamlReadLimits.MaxAliasUses)
                {
                    throw new LimitExceededException($"the anchor '&{alias.Value.Value}' is used more than {YamlReadLimits.MaxAliasUses} times, more than Kibana's YAML reader allows", span);
                }

                return target;
            }

            if (depth > YamlReadLimits.MaxDepth)
            {
                var current = _parser.Current!;
                throw new LimitExceededException($"maps and lists are nested more than {YamlReadLimits.MaxDepth} levels deep", ToSpan(current.Start, current.End));
            }

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

            if (anchor.Length > 0)
            {
                _anchors[anchor] = node;
            }

            return node;
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            List<YamlNode>? merges = null;
            while (!_parser.Accept<MappingEnd>(out _))
            {
                var keyEvent = _parser.Current!;
                if (!(keyEvent is Scalar keyScalar))
                {
                    throw new YamlException(keyEvent.Start, keyEvent.End, "a map key must be plain text; Kibana's settings have no map or list keys");
                }

                _parser.MoveNext();
                var key = ToScalar(keyScalar);
                var value = ReadNode(depth + 1);
                if (_applyMergeKeys && key.IsPlain && key.Value == "<<")
                {
                    (merges ??= new List<YamlNode>()).Add(value);
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    throw new YamlException(keyScalar.Start, keyScalar.End, $"the key '{key.Value}' appears twice in one map (first at line {first.Span.DisplayLine}); Kibana rejects duplicate keys");
                }

                seen.Add(key.Value, key);
                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
            }

            var end = _parser.Consume<MappingEnd>();
            if (merges != null)
            {
                foreach (var merged in merges)
                {
                    ApplyMerge(entries, seen, merged);
                }
            }

            return new YamlMapping(ToSpan(start.Start, end.End), entries);
        }

        // js-yaml's merge: keys written in the map win; among merged maps, the first that has a key wins.
        private void ApplyMerge(List<KeyValuePair<YamlScalar, YamlNode>> entries, Dictionary<string, YamlScalar> seen, YamlNode value)
        {
            var sources = value is YamlSequence sequence ? sequence.Items : new List<YamlNode> { value };
            foreach (var source in sources)
            {
                if (!(source is YamlMapping mapping))
                {
                    throw new YamlException(ToMark(source.Span), ToMark(source.Span, end: true), "a '<<' merge key must be followed by a map or a list of maps");
                }

                foreach (var entry in mapping.Entries)
                {
                    if (!seen.ContainsKey(entry.Key.Value))
                    {
                        seen.Add(entry.Key.Value, entry.Key);
                        entries.Add(entry);
                    }
                }
            }
        }

        private YamlScalar ToScalar(Scalar scalar)
        {
            var isPlain = scalar.Style == ScalarStyle.Plain;
            var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
            var kind = CoreSchema.Resolve(scalar.Value, isPlain, tag);
            var width = scalar.End.Index - scalar.Start.Index;
            var quotes = scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted ? 2 : 0;
            var singleLine = scalar.Start.Line == scalar.End.Line && width == scalar.Value.Length + quotes
                && (scalar.Style == ScalarStyle.Plain || quotes == 2);
            return new YamlScalar(ToSpan(scalar.Start, scalar.End), scalar.Value, kind, isPlain, singleLine);
        }

        private SourceSpan ToSpan(Mark start, Mark end) =>
            new SourceSpan(
                (int)start.Index + _bom,
                (int)end.Index + _bom,
                (int)start.Line - 1,
                (int)start.Column - 1 + (start.Line == 1 ? _bom : 0),
                (int)end.Line - 1,
                (int)end.Column - 1 + (end.Line == 1 ? _bom : 0));

        // Back from a span to parser marks, for errors raised after reading (merge keys).
        private Mark ToMark(SourceSpan span, bool end = false) =>
            end
                ? new Mark(span.End - _bom, span.EndLine + 1, span.EndColumn + 1 - (span.EndLine == 0 ? _bom : 0))
                : new Mark(span.Start - _bom, span.StartLine + 1, span.StartColumn + 1 - (span.StartLine == 0 ? _bom : 0));

        private sealed class LimitExceededException : Exception
        {
            public LimitExceededException(string message, SourceSpan span)
                : base(message) => Span = span;

            public SourceSpan Span { get; }
        }
    }
}
