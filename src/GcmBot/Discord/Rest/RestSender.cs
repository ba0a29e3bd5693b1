using System.Net;
using System.Net.Http.Headers;

namespace GcmBot.Discord.Rest;

/// <summary>One HTTP exchange with Discord, no retries: builds the request (headers, JSON body) and reads the response.</summary>
internal sealed class RestSender(IHttpClientFactory httpClients, DiscordOptions options, DiscordRestTimings timings, ILogger logger)
{
    /// <summary>Discord requires "DiscordBot ($url, $versionNumber)".</summary>
    public static readonly string UserAgent =
        $"DiscordBot (https://github.com/gcmbot/gcmbot, {typeof(RestSender).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    private readonly Uri _baseUri = new(options.ApiBaseUrl.TrimEnd('/') + "/");

    public async Task<SentRequest> SendOnceAsync(RestRoute route, byte[]? payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(_baseUri, route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (route.UsesBotToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken);
        }

        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timings.RequestTimeout);
        try
        {
            using var response = await httpClients.CreateClient(DiscordRestClient.HttpClientName).SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return new SentRequest(response.StatusCode, response.Headers, body, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
            || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.SendFailed(logger, route.Key, ex.GetType().Name);
            return new SentRequest(null, null, null, ex.GetType().Name);
        }
    }
}

/// <summary>The response's status, headers and body; Status is null after a network error or timeout.</summary>
internal sealed record SentRequest(HttpStatusCode? Status, HttpResponseHeaders? Headers, string? Body, string? Error);
