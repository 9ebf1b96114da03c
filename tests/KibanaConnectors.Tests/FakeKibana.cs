using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace KibanaConnectors.Tests
{
    /// <summary>A stand-in for Kibana's HTTP API on 127.0.0.1: answers each request with what the test's handler returns.</summary>
    internal sealed class FakeKibana : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly Func<Request, Task<(int Status, string Body)>> _handler;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        public FakeKibana(Func<Request, Task<(int Status, string Body)>> handler)
        {
            _handler = handler;
            var port = FreePort();
            Url = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(Url.AbsoluteUri);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public FakeKibana(int status, string body)
            : this(_ => Task.FromResult((status, body)))
        {
        }

        public Uri Url { get; }

        public ConcurrentQueue<Request> Requests { get; } = new ConcurrentQueue<Request>();

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task LoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                _ = Task.Run(async () =>
                {
                    using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                    var request = new Request(
                        context.Request.HttpMethod,
                        context.Request.Url!.AbsolutePath,
                        context.Request.Headers["kbn-xsrf"],
                        context.Request.Headers["Authorization"],
                        await reader.ReadToEndAsync());
                    Requests.Enqueue(request);
                    try
                    {
                        var (status, body) = await _handler(request);
                        var bytes = Encoding.UTF8.GetBytes(body);
                        context.Response.StatusCode = status;
                        context.Response.ContentType = "application/json; charset=utf-8";
                        context.Response.ContentLength64 = bytes.Length;
                        await context.Response.OutputStream.WriteAsync(bytes);
                        context.Response.Close();
                    }
                    catch (Exception)
                    {
                        // The client gave up (a timeout test): nothing to answer.
                    }
                });
            }
        }

        internal sealed record Request(string Method, string Path, string? Xsrf, string? Authorization, string Body);
    }
}
