using GcmBot.Core.Routing;
using GcmBot.Hosting;
using GcmBot.Hosting.RateLimiting;
using GcmBot.Pipeline;
using GcmBot.Teams.Connector;
using GcmBot.Teams.Conversations;
using Microsoft.Data.Sqlite;

namespace GcmBot.Teams.Turns;

/// <summary>
/// One authenticated activity: refresh (or, on uninstall, delete) the conversation reference, then
/// route messages to the command router and welcome once when the bot is installed. Only translates.
/// A state file that cannot be written (locked, read-only, disk full) costs the reference update, never the answer.
/// </summary>
internal sealed class TeamsTurnHandler(
    ChatPipeline pipeline,
    IConversationReferenceStore references,
    TeamsReplySender sender,
    TeamsRoster roster,
    TimeProvider time,
    ILogger<TeamsTurnHandler> logger)
{
    /// <summary>Handles one activity; a message gets the pipeline's answer under the rate limit's <paramref name="verdict"/>.</summary>
    public async Task HandleAsync(Activity activity, RateVerdict verdict, CancellationToken cancellationToken)
    {
        var reference = ConversationReference.FromActivity(activity, time.GetUtcNow());
        if (reference is null)
        {
            Log.IncompleteActivity(logger, activity.Type);
            return;
        }

        if (IsBotRemoved(activity))
        {
            if (await TryStoreAsync(() => references.RemoveAsync(reference.ConversationId, cancellationToken), reference.ConversationId))
            {
                Log.ReferenceRemoved(logger, reference.ConversationId, "uninstalled");
            }

            return;
        }

        await TryStoreAsync(() => references.SaveAsync(reference, cancellationToken), reference.ConversationId);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await AnswerAsync(activity, verdict, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate when Contains(activity.MembersAdded, activity.Recipient?.Id):
            case ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true:
                await WelcomeOnceAsync(activity, reference, cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(Activity activity, RateVerdict verdict, CancellationToken cancellationToken)
    {
        var text = InboundText.ChatTextOf(activity);
        var context = verdict.IsAllowed ? await RosterCheckedContextAsync(activity, text, cancellationToken) : ContextOf(activity);
        var turn = await pipeline.AnswerAsync(new ChatRequest(text, context), verdict, cancellationToken);
        var result = await sender.ReplyAsync(activity, turn.Reply, cancellationToken);
        if (!result.Succeeded)
        {
            Log.ReplyNotDelivered(logger, result.StatusCode, result.ErrorCode);
        }
    }

    // Install events can arrive twice (conversationUpdate and installationUpdate) and repeat; the store's
    // welcome mark makes the greeting happen once per installation.
    private async Task WelcomeOnceAsync(Activity activity, ConversationReference reference, CancellationToken cancellationToken)
    {
        // Without the mark there is no "once": better no greeting than one on every install event.
        var marked = false;
        if (!await TryStoreAsync(async () => marked = await references.TryMarkWelcomedAsync(reference.ConversationId, time.GetUtcNow(), cancellationToken), reference.ConversationId)
            || !marked)
        {
            return;
        }

        // The greeting is not a message from anyone, so it takes nothing from a rate-limit budget.
        var help = await pipeline.AnswerAsync(new ChatRequest("help", ContextOf(activity)), RateVerdict.Allowed, cancellationToken);
        var result = await sender.PostAsync(reference, WelcomeReply.From(help.Reply), cancellationToken);
        if (!result.Succeeded)
        {
            Log.ReplyNotDelivered(logger, result.StatusCode, result.ErrorCode);
        }
    }

    private async Task<bool> TryStoreAsync(Func<Task> write, string conversationId)
    {
        try
        {
            await write();
            return true;
        }
        catch (System.Data.Common.DbException ex)
        {
            Log.StateUnavailable(logger, conversationId, StorageErrors.Describe(ex));

            // SQLITE_CORRUPT or SQLITE_NOTADB: check the whole file, so readiness says so (the store keeps the fault).
            if (ex is SqliteException { SqliteErrorCode: 11 or 26 } && references is SqliteConversationReferenceStore { Fault: null } store
                && await store.CheckIntegrityAsync(CancellationToken.None) is { } problem)
            {
                Log.StateFileDamaged(logger, store.FilePath, problem);
            }

            return false;
        }
    }

    /// <summary>
    /// For a subscription change only, the roster's word on the sender (a guest has an Entra id too, and the
    /// activity does not say it is a guest). Not in the Emulator, which has no roster.
    /// </summary>
    private async Task<ChatContext> RosterCheckedContextAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var context = ContextOf(activity);
        if (!context.CanManageSubscriptions || activity.ChannelId == "emulator" || !TeamsRoles.ChangesSubscription(text)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || activity.From?.Id is not { } userId)
        {
            return context;
        }

        var role = await roster.GetRoleAsync(serviceUrl, activity.Conversation!.Id!, userId, cancellationToken);
        return context with { CanManageSubscriptions = role == MemberRole.Member };
    }

    /// <summary>The router's context for an activity that has a conversation id.</summary>
    internal static ChatContext ContextOf(Activity activity) =>
        new(Surface.Teams, activity.Conversation!.Id!, activity.From?.AadObjectId ?? activity.From?.Id ?? string.Empty, TeamsRoles.CanManageSubscriptions(activity));

    private static bool IsBotRemoved(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true,
        ActivityTypes.ConversationUpdate => Contains(activity.MembersRemoved, activity.Recipient?.Id),
        _ => false,
    };

    private static bool Contains(IReadOnlyList<ChannelAccount>? members, string? id) =>
        !string.IsNullOrEmpty(id) && members?.Any(member => member.Id == id) == true;
}
