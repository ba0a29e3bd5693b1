using GcmBot.Hosting;
using Microsoft.AspNetCore.Http;

namespace GcmBot.Tests.Hosting;

public sealed class BoundedBodyTests
{
    private static readonly byte[] Body = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i * 31))];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_BodyWithinTheLimit_IsReadWhole(bool withContentLength)
    {
        // Reads of one byte at a time: the body arrives in many pieces, as from a slow client.
        var request = Request(Body, withContentLength);

        var read = await BoundedBody.ReadAsync(request, maxBytes: 1000, CancellationToken.None);

        Assert.Equal(Body, read);
        Assert.False(request.HttpContext.Response.Headers.ContainsKey("Connection"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_BodyOverTheLimit_IsRefusedAndTheConnectionClosed(bool withContentLength)
    {
        var request = Request(Body, withContentLength);

        var read = await BoundedBody.ReadAsync(request, maxBytes: 999, CancellationToken.None);

        Assert.Null(read);
        Assert.Equal("close", request.HttpContext.Response.Headers.Connection.ToString());
    }

    [Fact]
    public async Task ReadAsync_BodyShorterThanItsContentLength_ReturnsWhatCame()
    {
        var request = Request(Body, withContentLength: true);
        request.ContentLength = Body.Length + 10;

        var read = await BoundedBody.ReadAsync(request, maxBytes: 2000, CancellationToken.None);

        Assert.Equal(Body, read);
    }

    private static HttpRequest Request(byte[] body, bool withContentLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new OneByteStream(body);
        context.Request.ContentLength = withContentLength ? body.Length : null;
        return context.Request;
    }

    private sealed class OneByteStream(byte[] content) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
