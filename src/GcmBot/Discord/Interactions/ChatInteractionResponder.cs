using GcmBot.Core.Replies;
using GcmBot.Discord.Registration;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Answers slash commands and button clicks. The router gets <see cref="DiscordOptions.InlineReplyBudget"/>
/// to answer inside the HTTP response; slower answers are deferred and sent through the interaction
/// webhook. A button that turns the page of the message it sits on updates that message in place.
/// </summary>
internal sealed class ChatInteractionResponder(
    InteractionRouting routing,
    ReplyRenderer renderer,
    InteractionWebhook webhook,
    IOptions<DiscordOptions> options,
    TimeProvider time)
{
    public async Task<InteractionReply> RespondToSlashCommandAsync(Interaction interaction)
    {
        var command = interaction.Data is null ? null : SlashCommandLine.From(interaction.Data);
        if (command is null)
        {
            return Refusal("Unknown command", "This command is not one of GcmBot's; Discord may still be showing an old list.");
        }

        var settings = interaction.Data?.Name == SlashCommandDefinitions.Digest || SlashCommandLine.IsPrivate(interaction.Data);
        var answer = routing.RouteAsync(command, interaction);
        if (await FinishesInTimeAsync(answer))
        {
            var messages = Render(await answer, settings);
            return new InteractionReply(
                new InteractionResponse(InteractionResponse.ChannelMessage, messages[0]),
                webhook.FollowUps(interaction, messages.Skip(1)));
        }

        return new InteractionReply(
            new InteractionResponse(InteractionResponse.DeferredChannelMessage, new DeferredData(settings ? DiscordMessage.EphemeralFlag : null)),
            async ct =>
            {
                var messages = Render(await answer, settings);
                await webhook.EditOriginalThenFollowUpAsync(interaction, messages, ct);
            });
    }

    public async Task<InteractionReply> RespondToButtonAsync(Interaction interaction)
    {
        var command = ButtonLayout.ChatTextOf(interaction.Data?.CustomId);
        if (command is null)
        {
            return Refusal("Button not recognised", "This button belongs to an older version of GcmBot; run the command again.");
        }

        var answer = routing.RouteAsync(command, interaction);
        if (await FinishesInTimeAsync(answer))
        {
            var reply = await answer;
            var messages = Render(reply, settings: false);
            return TurnsPage(interaction, reply, messages)
                ? new InteractionReply(new InteractionResponse(InteractionResponse.UpdateMessage, messages[0].Flags is null ? messages[0] : messages[0] with { Flags = null }))
                : new InteractionReply(
                    new InteractionResponse(InteractionResponse.ChannelMessage, messages[0]),
                    webhook.FollowUps(interaction, messages.Skip(1)));
        }

        return new InteractionReply(
            new InteractionResponse(InteractionResponse.DeferredUpdateMessage),
            async ct =>
            {
                var reply = await answer;
                var messages = Render(reply, settings: false);
                await (TurnsPage(interaction, reply, messages)
                    ? webhook.EditOriginalThenFollowUpAsync(interaction, messages, ct)
                    : webhook.FollowUpAsync(interaction, messages, ct));
            });
    }

    /// <summary>
    /// A page turn: the new reply is one page of a paged answer, fits one message, and carries the same
    /// title as the message clicked. Anything else is posted as a new message, leaving the original intact.
    /// </summary>
    private static bool TurnsPage(Interaction interaction, Reply reply, IReadOnlyList<DiscordMessage> messages) =>
        reply.Page is not null
        && messages.Count == 1
        && interaction.Message?.Embeds?.FirstOrDefault()?.Title is { } clickedTitle
        && string.Equals(clickedTitle, messages[0].Embeds[0].Title, StringComparison.Ordinal);

    private async Task<bool> FinishesInTimeAsync(Task<Reply> answer)
    {
        var budget = options.Value.InlineReplyBudget;
        if (!answer.IsCompleted && budget > TimeSpan.Zero)
        {
            await Task.WhenAny(answer, Task.Delay(budget, time));
        }

        return answer.IsCompleted;
    }

    /// <summary>Errors, digest settings and answers asked for privately are shown only to the user who asked.</summary>
    private IReadOnlyList<DiscordMessage> Render(Reply reply, bool settings) =>
        renderer.Render(reply, ephemeral: settings || reply.Kind == ReplyKind.Error);

    private InteractionReply Refusal(string title, string text) =>
        new(new InteractionResponse(InteractionResponse.ChannelMessage, Render(Reply.Simple(ReplyKind.Error, title, text), settings: true)[0]));
}
