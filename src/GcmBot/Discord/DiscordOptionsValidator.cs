using System.Text.RegularExpressions;
using GcmBot.Discord.Gateway.Sharding;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord;

/// <summary>All-or-nothing: a partial Discord configuration stops the app and names each missing setting.</summary>
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var missing = new (string Key, string? Value)[]
        {
            (nameof(DiscordOptions.ApplicationId), options.ApplicationId),
            (nameof(DiscordOptions.PublicKey), options.PublicKey),
            (nameof(DiscordOptions.BotToken), options.BotToken),
        }.Where(s => !DiscordOptions.HasValue(s.Value)).Select(s => $"Discord:{s.Key} (environment variable Discord__{s.Key})").ToList();
        if (missing.Count > 0)
        {
            failures.Add($"Discord is partly configured; missing {string.Join(", ", missing)}.");
        }

        if (options.ListenChannelIds.Count > 0 && !options.MessageContentIntent)
        {
            failures.Add("Discord:ListenChannelIds needs Discord:MessageContentIntent = true (Discord sends no message text otherwise).");
        }

        failures.AddRange(options.ListenChannelIds
            .Where(id => !Snowflake().IsMatch(id))
            .Select(id => $"Discord:ListenChannelIds contains '{id}', which is not a numeric channel id."));

        failures.AddRange(ShardFailures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Replicas split the shards between them, so each must know the same total: ShardIds needs a fixed ShardCount.</summary>
    private static IEnumerable<string> ShardFailures(DiscordOptions options)
    {
        if (!DiscordOptions.HasValue(options.ShardIds))
        {
            yield break;
        }

        if (options.ShardCount == 0)
        {
            yield return "Discord:ShardIds needs Discord:ShardCount set to the total number of shards (the same on every replica), not 0.";
        }
        else if (!ShardIdList.TryParse(options.ShardIds!, options.ShardCount, out _, out var error))
        {
            yield return error;
        }
    }

    [GeneratedRegex(DiscordOptions.SnowflakePattern)]
    private static partial Regex Snowflake();
}
