using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Conversations;

/// <summary>
/// Checks the Teams state file once at start, under the same rule as the digest database: a damaged file
/// is logged naming Teams:StatePath and the path, /readyz reports Teams Unhealthy, and answers go on
/// (each turn then goes without its stored reference). It runs as a start-up step (<see cref="StepName"/>, see
/// Hosting/Startup) on a thread of its own, so opening SQLite and its quick_check are off the thread that starts
/// the server; until it has run, the Teams readiness check says so.
/// </summary>
internal sealed partial class TeamsStateCheck(
    IConversationReferenceStore references, IOptions<TeamsOptions> options, ILogger<TeamsStateCheck> logger)
{
    /// <summary>The start-up step's name; it has no readiness check of its own (the "teams" check reports the file).</summary>
    public const string StepName = "teams-state";

    private volatile bool _done;

    /// <summary>True once the file has been checked (or there was nothing to check).</summary>
    public bool Done => _done;

    public void Run()
    {
        if (options.Value.IsEndpointEnabled && references is SqliteConversationReferenceStore store
            && store.CheckIntegrityAsync(CancellationToken.None).GetAwaiter().GetResult() is { } problem)
        {
            StateFileUnusable(logger, store.FilePath, problem);
        }

        _done = true;
    }

    [LoggerMessage(EventId = 4320, EventName = "TeamsStateFileUnusable", Level = LogLevel.Error,
        Message = "The Teams state file at Teams:StatePath ({Path}) cannot be used: {Reason}. Answers go on without stored conversations (no proactive digests); /readyz reports Teams Unhealthy. Restore or remove the file and restart")]
    private static partial void StateFileUnusable(ILogger logger, string path, string reason);
}
