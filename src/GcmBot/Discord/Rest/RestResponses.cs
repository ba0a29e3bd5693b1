using System.Net;
using System.Net.Http.Headers;

namespace GcmBot.Discord.Rest;

/// <summary>
/// Reads Discord's answers: records rate-limit headers, decides which failures are worth a retry and
/// after how long, counts invalid requests, and halts every call once the bot token is refused.
/// </summary>
internal sealed class RestResponses(RateLimits limits, InvalidRequestGuard invalidRequests, DiscordRestTimings timings, ILogger logger)
{
    private volatile bool _halted;

    /// <summary>True after a 401 on the bot token: nothing more is sent until restart.</summary>
    public bool Halted => _halted;

    /// <summary>Turns a response into a result; <paramref name="retryAfter"/> is set when the call should be tried again.</summary>
    public RestResult Interpret(RestRoute route, SentRequest sent, int attempt, out TimeSpan? retryAfter)
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
}
