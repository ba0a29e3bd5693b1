using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>Chooses the answer by interaction type: PONG, a command's reply, a button's, or suggestions.</summary>
internal sealed class InteractionResponder(ChatInteractionResponder chat, AutocompleteResponder autocomplete)
{
    /// <summary>The reply, or null for an interaction type GcmBot never asks for (modal submits).</summary>
    public async Task<InteractionReply?> RespondAsync(Interaction interaction) => interaction.Type switch
    {
        Interaction.Ping => new InteractionReply(new InteractionResponse(InteractionResponse.Pong)),
        Interaction.ApplicationCommand => await chat.RespondToSlashCommandAsync(interaction),
        Interaction.MessageComponent => await chat.RespondToButtonAsync(interaction),
        Interaction.Autocomplete => new InteractionReply(autocomplete.Respond(interaction)),
        _ => null,
    };
}
