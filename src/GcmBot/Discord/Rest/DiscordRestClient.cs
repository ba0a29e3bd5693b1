using GcmBot.Discord.Commands;
using GcmBot.Discord.Payloads;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Rest;

/// <summary>
/// Discord REST over HttpClient: bot token and User-Agent on every call, per-bucket and global rate
/// limits from the response headers, this replica's share of the global limit (Discord:GlobalRequestsPerSecond), 429 retried after retry_after, 5xx and network errors retried with
/// backoff, and everything stopped after a 401 on the bot token. Call paths (which may hold an
/// interaction token) are never logged, only their templates.
/// </summary>
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClients,
    IOptions<DiscordOptions> options,
    RateLimits limits,
    GlobalRequestLimiter globalLimit,
    InvalidRequestGuard invalidRequests,
    DiscordRestTimings timings,
    TimeProvider time,
    GcmBotMetrics metrics,
    ILogger<DiscordRestClient> logger) : IDiscordRest
{
    public const string HttpClientName = "discord";

    private readonly RestSender _sender = new(httpClients, options.Value, timings, logger);
    private readonly RestResponses _responses = new(limits, invalidRequests, timings, logger);

    public bool IsHalted => _responses.Halted;

    private string ApplicationId => options.Value.ApplicationId ?? "";

    public Task<RestResult> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateMessage(channelId), message, cancellationToken);

    public Task<RestResult> CreateFollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateFollowUp(ApplicationId, interactionToken), message, cancellationToken);

    public Task<RestResult> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.EditOriginal(ApplicationId, interactionToken), message, cancellationToken);

    public Task<RestResult> OverwriteCommandsAsync(IReadOnlyList<ApplicationCommand> commands, string? guildId, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.OverwriteCommands(ApplicationId, guildId), commands, cancellationToken);

    public Task<RestResult> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(RestRoute.GatewayBot(), null, cancellationToken);

    private async Task<RestResult> SendAsync(RestRoute route, object? body, CancellationToken cancellationToken)
    {
        var payload = body is null ? null : DiscordJson.Serialize(body);
        var gate = await limits.EnterAsync(route, cancellationToken);
        try
        {
            var result = new RestResult(RestOutcome.NetworkError, 0);
            for (var attempt = 1; attempt <= timings.MaxAttempts; attempt++)
            {
                if (_responses.Halted)
                {
                    return new RestResult(RestOutcome.Halted, 0);
                }

                await WaitForLimitsAsync(route, Longer(limits.WaitBefore(route), invalidRequests.WaitBefore()), cancellationToken);
                if (route.UsesBotToken && await globalLimit.WaitAsync(cancellationToken))
                {
                    metrics.RateLimitWaited(Core.Routing.Surface.Discord.Name, "global");
                }

                var sent = await _sender.SendOnceAsync(route, payload, cancellationToken);
                result = _responses.Interpret(route, sent, attempt, out var retryAfter);
                if (retryAfter is null)
                {
                    return result;
                }

                // A 429 has paused the route's bucket (or all bot calls) in the limits: the next attempt's
                // WaitBefore waits that out, once, and counts it once. Waiting here as well counted the same
                // pause twice whenever the timer ended a hair before the pause did. Only a pause the limits
                // do not apply to this route (a global 429 on a webhook route) is waited here.
                if (attempt < timings.MaxAttempts)
                {
                    if (result.Outcome != RestOutcome.RateLimited)
                    {
                        await DelayAsync(retryAfter.Value, cancellationToken);
                    }
                    else if (limits.WaitBefore(route) <= TimeSpan.Zero)
                    {
                        await WaitForLimitsAsync(route, retryAfter.Value, cancellationToken);
                    }
                }
            }

            Log.GaveUp(logger, route.Key, timings.MaxAttempts, result.Outcome);
            return result;
        }
        finally
        {
            limits.Exit(gate);
        }
    }

    /// <summary>A wait the rate limits impose, counted per route template (never the path: it may hold a token).</summary>
    private Task WaitForLimitsAsync(RestRoute route, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            metrics.RateLimitWaited(Core.Routing.Surface.Discord.Name, route.Key);
        }

        return DelayAsync(delay, cancellationToken);
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    private static TimeSpan Longer(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
