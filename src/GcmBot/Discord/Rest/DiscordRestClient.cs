using GcmBot.Discord.Payloads;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Rest;

/// <summary>
/// Discord REST over HttpClient: bot token and User-Agent on every call, per-bucket and global rate
/// limits from the response headers, this replica's share of the global limit (Discord:GlobalRequestsPerSecond), 429 retried after retry_after, 5xx and network errors retried with
/// backoff (the retries are a Polly pipeline, <see cref="RestRetries"/>), and everything stopped after a 401 on the bot token. Call paths (which may hold an
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

    // Built at the first call, not with the client: /readyz's Discord check asks the client whether it is halted at
    // start, and ReadyToRun code would load Polly for a constructor that mentions it.
    private Polly.ResiliencePipeline<RestAttempt>? _retries;

    public bool IsHalted => _responses.Halted;

    private string ApplicationId => options.Value.ApplicationId ?? "";

    public Task<RestResult> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateMessage(channelId), message, cancellationToken);

    public Task<RestResult> CreateFollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateFollowUp(ApplicationId, interactionToken), message, cancellationToken);

    public Task<RestResult> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.EditOriginal(ApplicationId, interactionToken), message, cancellationToken);

    public Task<RestResult> OverwriteApplicationCommandsAsync(IReadOnlyList<ApplicationCommand> commands, string? guildId, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.OverwriteCommands(ApplicationId, guildId), commands, cancellationToken);

    public Task<RestResult> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(RestRoute.GatewayBot(), null, cancellationToken);

    private async Task<RestResult> SendAsync(RestRoute route, object? body, CancellationToken cancellationToken)
    {
        var payload = body is null ? null : DiscordJson.Serialize(body);
        var gate = await limits.EnterAsync(route, cancellationToken);
        try
        {
            // A 429 pauses the route's bucket (or all bot calls) in the limits: the next attempt's WaitBefore
            // waits that out, once, and counts it once; the pipeline adds a delay only where the limits do not.
            var context = Polly.ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(RestRetries.Route, route);
            var attempt = 0;
            var afterRateLimit = false;
            try
            {
                var retries = LazyInitializer.EnsureInitialized(ref _retries, () => RestRetries.Build(timings, limits, time, metrics));
                var last = await retries.ExecuteAsync(
                    async (ctx, _) =>
                    {
                        attempt++;
                        var answer = await AttemptAsync(route, payload, attempt, countLimitsWait: !afterRateLimit, ctx.CancellationToken);
                        afterRateLimit = answer.Result.Outcome == RestOutcome.RateLimited;
                        return answer;
                    },
                    context,
                    0);
                if (last.RetryAfter is not null)
                {
                    Log.GaveUp(logger, route.Key, timings.MaxAttempts, last.Result.Outcome);
                }

                return last.Result;
            }
            finally
            {
                Polly.ResilienceContextPool.Shared.Return(context);
            }
        }
        finally
        {
            limits.Exit(gate);
        }
    }

    /// <param name="countLimitsWait">False right after a retried 429: the pipeline counted that pause already.</param>
    private async Task<RestAttempt> AttemptAsync(RestRoute route, byte[]? payload, int attempt, bool countLimitsWait, CancellationToken cancellationToken)
    {
        if (_responses.Halted)
        {
            return new RestAttempt(new RestResult(RestOutcome.Halted, 0), null);
        }

        var wait = Longer(limits.WaitBefore(route), invalidRequests.WaitBefore());
        await (countLimitsWait ? WaitForLimitsAsync(route, wait, cancellationToken) : DelayAsync(wait, cancellationToken));
        using var slot = route.UsesBotToken ? await globalLimit.EnterAsync(cancellationToken) : null;
        if (slot?.Waited == true)
        {
            metrics.RateLimitWaited(Core.Routing.Surface.Discord.Name, "global");
        }

        // The slot is given back when the answer is in (or the call failed), at the end of this attempt.
        var sent = await _sender.SendOnceAsync(route, payload, cancellationToken);
        var result = _responses.Interpret(route, sent, attempt, out var retryAfter);
        return new RestAttempt(result, retryAfter);
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
