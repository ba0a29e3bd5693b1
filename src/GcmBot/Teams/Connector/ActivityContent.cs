using System.Net;
using System.Net.Http.Headers;

namespace GcmBot.Teams.Connector;

/// <summary>
/// An activity as an HTTP request body (application/json; charset=utf-8, as StringContent would say): the
/// pieces of <see cref="ActivityJson.ActivityBody"/> written to the connection in one write, with their length known.
/// </summary>
internal sealed class ActivityContent : HttpContent
{
    private readonly ActivityJson.ActivityBody _body;

    public ActivityContent(ActivityJson.ActivityBody body)
    {
        _body = body;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        _body.WriteToAsync(stream, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _body.WriteToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
