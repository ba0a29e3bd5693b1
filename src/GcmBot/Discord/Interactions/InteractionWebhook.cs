using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;

namespace GcmBot.Discord.Interactions;

/// <summary>Sends the rest of an interaction's answer through its webhook: the deferred original, then follow-ups.</summary>
internal sealed class InteractionWebhook(IDiscordRest rest, ILogger<InteractionWebhook> logger)
{
    /// <summary>Posts <paramref name="messages"/> as follow-ups in order; null when there are none.</summary>
    public Func<CancellationToken, Task>? FollowUps(Interaction interaction, IEnumerable<DiscordMessage> messages)
    {
        var list = messages.ToList();
        return list.Count == 0 ? null : ct => SendAsync(interaction, list, editFirst: false, ct);
    }

    public Task FollowUpAsync(Interaction interaction, IReadOnlyList<DiscordMessage> messages, CancellationToken cancellationToken) =>
        SendAsync(interaction, messages, editFirst: false, cancellationToken);

    public Task EditOriginalThenFollowUpAsync(Interaction interaction, IReadOnlyList<DiscordMessage> messages, CancellationToken cancellationToken) =>
        SendAsync(interaction, messages, editFirst: true, cancellationToken);

    /// <summary>Edits keep the original's flags (ephemeral cannot change). Stops at the first failure: later parts without the earlier ones would read out of order.</summary>
    private async Task SendAsync(Interaction interaction, IReadOnlyList<DiscordMessage> messages, bool editFirst, CancellationToken cancellationToken)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            var result = editFirst && i == 0
                ? await rest.EditOriginalAsync(interaction.Token, messages[i] with { Flags = null }, cancellationToken)
                : await rest.CreateFollowUpAsync(interaction.Token, messages[i], cancellationToken);
            if (!result.IsSuccess)
            {
                Log.FollowUpFailed(logger, interaction.Id, i + 1, messages.Count, result.Outcome, result.ErrorCode);
                return;
            }
        }
    }
}
