using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Conversations;

/// <summary>
/// Checks the Teams state file once at start, under the same rule as the digest database: a damaged file
/// is logged naming Teams:StatePath and the path, /readyz reports Teams Unhealthy, and answers go on
/// (each turn then goes without its stored reference).
/// </summary>
internal sealed partial class TeamsStateCheck(
    IConversationReferenceStore references, IOptions<TeamsOptions> options, ILogger<TeamsStateCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEndpointEnabled || references is not SqliteConversationReferenceStore store)
        {
            return;
        }

        if (await store.CheckIntegrityAsync(cancellationToken) is { } problem)
        {
            StateFileUnusable(logger, store.FilePath, problem);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4320, EventName = "TeamsStateFileUnusable", Level = LogLevel.Error,
        Message = "The Teams state file at Teams:StatePath ({Path}) cannot be used: {Reason}. Answers go on without stored conversations (no proactive digests); /readyz reports Teams Unhealthy. Restore or remove the file and restart")]
    private static partial void StateFileUnusable(ILogger logger, string path, string reason);
}
