using System.Text.Json;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Rest;

/// <summary>Discord's error JSON: {code, message} and, on 429, {retry_after, global}.</summary>
internal sealed record RestErrorBody(int? Code = null, string? Message = null, double? RetryAfter = null, bool? Global = null)
{
    public static RestErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('{'))
        {
            return new RestErrorBody();
        }

        try
        {
            return DiscordJson.Deserialize<RestErrorBody>(body) ?? new RestErrorBody();
        }
        catch (JsonException)
        {
            return new RestErrorBody();
        }
    }
}
