using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Registration;

/// <summary>
/// Registers the slash commands at start by bulk overwrite: in Discord:GuildId when set (instant, for
/// development), otherwise globally. Runs in the background so a slow Discord never delays start-up.
/// </summary>
internal sealed class SlashCommandRegistrar(IDiscordRest rest, IOptions<DiscordOptions> options, ILogger<SlashCommandRegistrar> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RegisterCommands)
        {
            return;
        }

        var guildId = DiscordOptions.HasValue(options.Value.GuildId) ? options.Value.GuildId : null;
        var result = await rest.OverwriteApplicationCommandsAsync(SlashCommandDefinitions.All, guildId, stoppingToken);
        if (result.IsSuccess)
        {
            Log.Registered(logger, SlashCommandDefinitions.All.Count, guildId is null ? "globally" : $"in guild {guildId}");
        }
        else
        {
            Log.RegistrationFailed(logger, result.Outcome, result.ErrorCode, result.Body);
        }
    }
}
