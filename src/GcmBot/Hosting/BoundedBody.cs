namespace GcmBot.Hosting;

/// <summary>
/// Reads a request body up to a limit, whatever the server's own limit: a chat endpoint never needs
/// more than a few kilobytes, and a larger body is refused before it is parsed.
/// </summary>
public static class BoundedBody
{
    /// <summary>
    /// The body's bytes, or null when it is longer than <paramref name="maxBytes"/>. A refused body is left
    /// unread, so the response then says "Connection: close": past Kestrel's own cap the server drops the
    /// connection instead of draining it, and a client must not send its next request on it.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Refuse(request);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return Refuse(request);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[]? Refuse(HttpRequest request)
    {
        request.HttpContext.Response.Headers.Connection = "close";
        return null;
    }
}
