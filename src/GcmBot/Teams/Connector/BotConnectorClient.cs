using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using GcmBot.Teams.Auth;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Connector REST client on HttpClient: bearer token from <see cref="IOutboundTokenProvider"/> (one
/// forced renewal on a 401), retries through <see cref="ConnectorRetries"/> (a Polly pipeline, entered only once an
/// answer may be retried), per-conversation pacing, and a serviceUrl trust check.
/// </summary>
internal sealed class BotConnectorClient(
    IHttpClientFactory httpClients,
    IOutboundTokenProvider tokens,
    ConversationPacer pacer,
    ConnectorRetries retries,
    ServiceUrlTrust trust,
    ILogger<BotConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "Teams.Connector";

    private const int MaxErrorBodyChars = 16 * 1024;

    // One client for the app's life over the named client's one handler (a SocketsHttpHandler that renews its
    // connections itself, see TeamsExtensions), instead of a new client and handler-chain lookup per call.
    private readonly HttpClient http = httpClients.CreateClient(HttpClientName);

    public async Task<ConnectorResult> SendAsync(ConnectorTarget target, Activity activity, CancellationToken cancellationToken)
    {
        if (!trust.IsTrusted(target.ServiceUrl))
        {
            Log.UntrustedServiceUrl(logger, target.ServiceUrl.Host);
            return new ConnectorResult(0, "UntrustedServiceUrl");
        }

        var url = BuildUrl(target);
        var body = ActivityJson.For(activity);
        using var turn = await pacer.EnterAsync(target.ConversationId, cancellationToken);
        try
        {
            var token = new TokenHolder(await tokens.GetTokenAsync(cancellationToken));
            var first = await AttemptAsync(url, body, token, cancellationToken);
            if (!ConnectorRetries.IsRetryable(first.Result.StatusCode))
            {
                return first.Result;
            }

            // Only an answer that may be retried enters the retry pipeline, as its first attempt's outcome: the
            // pipeline decides on it, waits and retries exactly as if it had made that attempt itself.
            var pending = new StrongBox<ConnectorAttempt?>(first);
            var attempt = await retries.Pipeline.ExecuteAsync(
                async ct =>
                {
                    if (pending.Value is { } known)
                    {
                        pending.Value = null;
                        return known;
                    }

                    return await AttemptAsync(url, body, token, ct);
                },
                cancellationToken);
            return attempt.Result;
        }
        catch (OutboundTokenException ex)
        {
            Log.NoConnectorToken(logger, ex);
            return new ConnectorResult(0, "TokenUnavailable");
        }
    }

    internal static Uri BuildUrl(ConnectorTarget target)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(target.ConversationId)}/activities";
        if (!string.IsNullOrEmpty(target.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(target.ReplyToId);
        }

        return new Uri(target.ServiceUrl.ToString().TrimEnd('/') + "/" + path);
    }

    // One Connector call, with one forced token renewal on a 401 (not counted as a retry).
    private async Task<ConnectorAttempt> AttemptAsync(Uri url, ActivityJson.ActivityBody body, TokenHolder token, CancellationToken cancellationToken)
    {
        var answer = await PostAsync(url, body, token.Value, cancellationToken);
        if (answer.Result.StatusCode == 401 && token.Value is not null && !token.Renewed)
        {
            token.Renewed = true;
            token.Value = await tokens.RenewAsync(token.Value, cancellationToken);
            answer = await PostAsync(url, body, token.Value, cancellationToken);
        }

        return answer;
    }

    private async Task<ConnectorAttempt> PostAsync(
        Uri url, ActivityJson.ActivityBody body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ActivityContent(body),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            ConnectorResult result;
            if (response.IsSuccessStatusCode)
            {
                // The answer is {"id": …}: read from its bytes, without a string or a document.
                result = new ConnectorResult(status, null, ConnectorErrors.ReadId(await response.Content.ReadAsByteArrayAsync(cancellationToken)));
            }
            else
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                result = new ConnectorResult(status, ConnectorErrors.ReadCode(text.Length > MaxErrorBodyChars ? text[..MaxErrorBodyChars] : text));
            }

            return new ConnectorAttempt(result, response.Headers.RetryAfter);
        }
        catch (HttpRequestException ex)
        {
            Log.SendFailed(logger, ex);
            return new ConnectorAttempt(new ConnectorResult(0, "NetworkError"), null);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.SendFailed(logger, ex);
            return new ConnectorAttempt(new ConnectorResult(0, "Timeout"), null);
        }
    }

    private sealed class TokenHolder(string? value)
    {
        public string? Value { get; set; } = value;

        public bool Renewed { get; set; }
    }
}
