using System.Net;
using System.Net.Http.Headers;
using GcmBot.Discord.Commands;
using GcmBot.Discord.Payloads;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Rest;

/// <summary>
/// Discord REST over HttpClient: bot token and User-Agent on every call, per-bucket and global rate
/// limits from the response headers, 429 retried after retry_after, 5xx and network errors retried with
/// backoff, and everything stopped after a 401 on the bot token. Call paths (which may hold an
/// interaction token) are never logged, only their templates.
/// </summary>
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClients,
    IOptions<DiscordOptions> options,
    RateLimits limits,
    InvalidRequestGuard invalidRequests,
    DiscordRestTimings timings,
    TimeProvider time,
    ILogger<DiscordRestClient> logger) : IDiscordRest
{
    public const string HttpClientName = "discord";

    private readonly RestSender _sender = new(httpClients, options.Value, timings, logger);
    private volatile bool _halted;

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
        var gate = limits.GateFor(route);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var result = new RestResult(RestOutcome.NetworkError, 0);
            for (var attempt = 1; attempt <= timings.MaxAttempts; attempt++)
            {
                if (_halted)
                {
                    return new RestResult(RestOutcome.Halted, 0);
                }

                await DelayAsync(Longer(limits.WaitBefore(route), invalidRequests.WaitBefore()), cancellationToken);
                var sent = await _sender.SendOnceAsync(route, payload, cancellationToken);
                result = Interpret(route, sent, attempt, out var retryAfter);
                if (retryAfter is null)
                {
                    return result;
                }

                if (attempt < timings.MaxAttempts)
                {
                    await DelayAsync(retryAfter.Value, cancellationToken);
                }
            }

            Log.GaveUp(logger, route.Key, timings.MaxAttempts, result.Outcome);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Turns a response into a result; <paramref name="retryAfter"/> is set when the call should be tried again.</summary>
    private RestResult Interpret(RestRoute route, SentRequest sent, int attempt, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        if (sent is not { Status: { } statusCode, Headers: { } headers })
        {
            retryAfter = Backoff(attempt);
            Log.NetworkError(logger, route.Key, attempt, retryAfter.Value, sent.Error);
            return new RestResult(RestOutcome.NetworkError, 0);
        }

        limits.Record(route, headers);
        var status = (int)statusCode;
        var error = RestErrorBody.Parse(sent.Body);
        switch (statusCode)
        {
            case >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices:
                return new RestResult(RestOutcome.Success, status, sent.Body);
            case HttpStatusCode.TooManyRequests:
                return RateLimited(route, headers, error, out retryAfter);
            case >= HttpStatusCode.InternalServerError:
                retryAfter = Backoff(attempt);
                Log.ServerError(logger, route.Key, status, attempt, retryAfter.Value);
                return new RestResult(RestOutcome.ServerError, status, sent.Body);
            case HttpStatusCode.Unauthorized:
                invalidRequests.Count();
                if (route.UsesBotToken)
                {
                    _halted = true;
                    Log.TokenRejected(logger, route.Key);
                }

                return new RestResult(RestOutcome.Unauthorized, status, sent.Body, error.Code);
            case HttpStatusCode.Forbidden:
                invalidRequests.Count();
                Log.Refused(logger, route.Key, status, error.Code, error.Message);
                return new RestResult(RestOutcome.Forbidden, status, sent.Body, error.Code);
            case HttpStatusCode.NotFound:
                Log.Refused(logger, route.Key, status, error.Code, error.Message);
                return new RestResult(RestOutcome.NotFound, status, sent.Body, error.Code);
            default:
                Log.Refused(logger, route.Key, status, error.Code, error.Message);
                return new RestResult(RestOutcome.BadRequest, status, sent.Body, error.Code);
        }
    }

    private RestResult RateLimited(RestRoute route, HttpResponseHeaders headers, RestErrorBody error, out TimeSpan? retryAfter)
    {
        var scope = headers.TryGetValues("X-RateLimit-Scope", out var scopes) ? scopes.FirstOrDefault() ?? "" : "";
        var global = error.Global == true || headers.Contains("X-RateLimit-Global");
        var wait = TimeSpan.FromSeconds(error.RetryAfter ?? headers.RetryAfter?.Delta?.TotalSeconds ?? 1);
        if (!string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase))
        {
            invalidRequests.Count();
        }

        limits.Pause(route, wait, global);
        Log.RateLimited(logger, route.Key, global, scope, wait);
        retryAfter = wait <= timings.MaxRetryAfter ? wait : null;
        return new RestResult(RestOutcome.RateLimited, 429, null, error.Code);
    }

    /// <summary>Exponential backoff with jitter (0.5 to 1.5 times), so many clients do not retry in step.</summary>
    private TimeSpan Backoff(int attempt) =>
        timings.ServerErrorDelay * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble());

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    private static TimeSpan Longer(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
