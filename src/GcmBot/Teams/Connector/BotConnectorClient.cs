using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GcmBot.Hosting;
using GcmBot.Teams.Auth;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Connector REST client on HttpClient: bearer token from <see cref="IOutboundTokenProvider"/> (one
/// forced renewal on a 401), backoff retries, per-conversation pacing, and a serviceUrl trust check.
/// </summary>
internal sealed class BotConnectorClient(
    IHttpClientFactory httpClients,
    IOutboundTokenProvider tokens,
    ConversationPacer pacer,
    RetryBackoff backoff,
    ServiceUrlTrust trust,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<TeamsOptions> options,
    GcmBotMetrics metrics,
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
        var body = JsonSerializer.Serialize(activity, BotJson.Options);
        using var turn = await pacer.EnterAsync(target.ConversationId, cancellationToken);
        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            var renewed = false;
            for (var attempt = 0; ; attempt++)
            {
                var (result, retryAfter) = await PostAsync(url, body, token, cancellationToken);
                if (result.StatusCode == 401 && token is not null && !renewed)
                {
                    renewed = true;
                    token = await tokens.RenewAsync(token, cancellationToken);
                    attempt--;
                    continue;
                }

                var retryable = RetryBackoff.IsRetryable(result.StatusCode) || result.StatusCode == 0;
                if (!retryable || attempt >= options.Value.MaxSendRetries)
                {
                    return result;
                }

                var delay = backoff.DelayFor(attempt, retryAfter);
                if (result.StatusCode == 429)
                {
                    metrics.RateLimitWaited(Core.Routing.Surface.Teams.Name, "connector");
                }

                Log.SendRetrying(logger, result.StatusCode, attempt + 1, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
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

    private async Task<(ConnectorResult Result, RetryConditionHeaderValue? RetryAfter)> PostAsync(
        Uri url, string body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
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
            return (result, response.Headers.RetryAfter);
        }
        catch (HttpRequestException ex)
        {
            Log.SendFailed(logger, ex);
            return (new ConnectorResult(0, "NetworkError"), null);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.SendFailed(logger, ex);
            return (new ConnectorResult(0, "Timeout"), null);
        }
    }
}
