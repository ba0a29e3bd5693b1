using System.Net.Http.Headers;
using GcmBot.Teams.Auth;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Connector REST client on HttpClient: bearer token from <see cref="IOutboundTokenProvider"/> (one
/// forced renewal on a 401), retries through <see cref="ConnectorRetries"/> (a Polly pipeline), per-conversation
/// pacing, and a serviceUrl trust check.
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
            var attempt = await retries.Pipeline.ExecuteAsync(
                async ct =>
                {
                    var answer = await PostAsync(url, body, token.Value, ct);
                    if (answer.Result.StatusCode == 401 && token.Value is not null && !token.Renewed)
                    {
                        // One forced renewal per send, not counted as a retry.
                        token.Renewed = true;
                        token.Value = await tokens.RenewAsync(token.Value, ct);
                        answer = await PostAsync(url, body, token.Value, ct);
                    }

                    return answer;
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
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            var result = response.IsSuccessStatusCode
                ? new ConnectorResult(status, null, ConnectorErrors.ReadId(text))
                : new ConnectorResult(status, ConnectorErrors.ReadCode(text.Length > MaxErrorBodyChars ? text[..MaxErrorBodyChars] : text));
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
