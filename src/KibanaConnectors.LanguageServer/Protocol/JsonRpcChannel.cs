using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace KibanaConnectors.LanguageServer.Protocol
{
    /// <summary>What reading one message gave: a message, the end of the stream, or a frame that could not be read.</summary>
    internal readonly record struct Incoming(JsonNode? Message, bool EndOfStream, string? Problem);

    /// <summary>
    /// JSON-RPC 2.0 messages framed as LSP frames them (<c>Content-Length: n\r\n\r\n</c> then n bytes of UTF-8 JSON)
    /// over a pair of streams. Reading never throws for bad input: a frame it cannot read is reported as a problem
    /// and skipped, so a misbehaving client cannot stop the server.
    /// </summary>
    internal sealed class JsonRpcChannel
    {
        /// <summary>The largest message read: 64 MiB (a 10 MB document in a didOpen fits with room for escapes).</summary>
        public const int MaxContentLength = 64 * 1024 * 1024;

        private readonly Stream _input;
        private readonly Stream _output;
        private readonly SemaphoreSlim _writeLock = new SemaphoreSlim(1, 1);
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public JsonRpcChannel(Stream input, Stream output)
        {
            _input = input;
            _output = output;
        }

        /// <summary>Reads the next message.</summary>
        public async Task<Incoming> ReadAsync(CancellationToken cancellationToken)
        {
            var length = -1;
            while (true)
            {
                var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
                if (line == null)
                {
                    return new Incoming(null, true, null);
                }

                if (line.Length == 0)
                {
                    if (length >= 0)
                    {
                        break;
                    }

                    // A blank line before any header: stray bytes between messages; keep looking for a header.
                    continue;
                }

                var colon = line.IndexOf(':');
                if (colon > 0 && string.Equals(line.Substring(0, colon).Trim(), "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (!int.TryParse(line.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out length) || length < 0)
                    {
                        return new Incoming(null, false, $"bad Content-Length header '{line}'");
                    }
                }
            }

            if (length > MaxContentLength)
            {
                await SkipAsync(length, cancellationToken).ConfigureAwait(false);
                return new Incoming(null, false, $"a message of {length} bytes, more than the {MaxContentLength} this server reads");
            }

            var body = new byte[length];
            if (!await ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false))
            {
                return new Incoming(null, true, null);
            }

            try
            {
                return new Incoming(JsonNode.Parse(body), false, null);
            }
            catch (JsonException ex)
            {
                return new Incoming(null, false, "the message is not JSON: " + ex.Message);
            }
        }

        /// <summary>Writes one message; safe to call from several threads.</summary>
        public async Task WriteAsync(JsonNode message, CancellationToken cancellationToken = default)
        {
            var body = JsonText.Utf8(message);
            var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
            await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
                await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
                await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }
        }

        // A header line without its line break; null at the end of the stream. Header lines are ASCII.
        private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var b = _buffer[_start++];
                if (b == (byte)'\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                // A header line longer than this is not a header: give up on it rather than grow without bound.
                if (line.Length < 8192)
                {
                    line.Append((char)b);
                }
            }
        }

        private async Task<bool> ReadExactlyAsync(byte[] target, CancellationToken cancellationToken)
        {
            var filled = 0;
            while (filled < target.Length)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                var count = Math.Min(_end - _start, target.Length - filled);
                Buffer.BlockCopy(_buffer, _start, target, filled, count);
                _start += count;
                filled += count;
            }

            return true;
        }

        private async Task SkipAsync(long count, CancellationToken cancellationToken)
        {
            while (count > 0)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                var skipped = (int)Math.Min(_end - _start, count);
                _start += skipped;
                count -= skipped;
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await _input.ReadAsync(_buffer.AsMemory(0, _buffer.Length), cancellationToken).ConfigureAwait(false);
            return _end > 0;
        }
    }
}
