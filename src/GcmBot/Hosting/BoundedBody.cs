namespace GcmBot.Hosting;

/// <summary>
/// Reads a request body up to a limit, whatever the server's own limit: a chat endpoint never needs
/// more than a few kilobytes, and a larger body is refused before it is parsed.
/// </summary>
public static partial class BoundedBody
{
    /// <summary>
    /// The body's bytes, or null when it is longer than <paramref name="maxBytes"/>. A refused body is left
    /// unread, so the response then says "Connection: close": past Kestrel's own cap the server drops the
    /// connection instead of draining it, and a client must not send its next request on it. Either way the
    /// refusal is one Information line: a chunked body can pass Kestrel's cap while we read it, and Kestrel's
    /// "request body too large" exception must not reach the error log with its stack trace.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Refuse(request, maxBytes);
        }

        if (request.ContentLength is { } length)
        {
            return await ReadExactlyAsync(request, (int)length, cancellationToken);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return Refuse(request, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(request, maxBytes);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// With a Content-Length (Kestrel holds the body to it), the bytes are read straight into an array of that
    /// size: no growing buffer and no copy of it, so a signed Discord body is copied once, by the signature check.
    /// </summary>
    private static async Task<byte[]> ReadExactlyAsync(HttpRequest request, int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == length ? body : body[..filled];
    }

    private static byte[]? Refuse(HttpRequest request, int maxBytes)
    {
        request.HttpContext.Response.Headers.Connection = "close";
        if (request.HttpContext.RequestServices?.GetService<ILoggerFactory>() is { } loggers)
        {
            BodyTooLarge(loggers.CreateLogger(typeof(BoundedBody)), request.Path, maxBytes, request.ContentLength is null);
        }

        return null;
    }

    [LoggerMessage(EventId = 7001, EventName = "BodyTooLarge", Level = LogLevel.Information,
        Message = "Refused a request body over {MaxBytes} bytes on {Path} with 413 (chunked: {Chunked})")]
    private static partial void BodyTooLarge(ILogger logger, PathString path, int maxBytes, bool chunked);
}
