using System.Diagnostics;
using GcmBot.Core.Semantic;
using Microsoft.Extensions.Options;

namespace GcmBot.Answers;

/// <summary>
/// Loads the MiniLM model in the background after start, so it never holds /readyz back; until it is
/// loaded, answers take the lexical path. A model that fails to load is logged and the lexical path stays.
/// </summary>
internal sealed partial class SemanticModelLoader(IOptions<AnswersOptions> options, ILogger<SemanticModelLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Semantic || MiniLmModel.IsLoaded)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await Task.Run(MiniLmModel.Load, stoppingToken);
            LogLoaded(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 1601, EventName = "SemanticModelLoaded", Level = LogLevel.Information,
        Message = "Semantic layer ready: MiniLM model loaded in {Milliseconds:0} ms")]
    private static partial void LogLoaded(ILogger logger, double milliseconds);

    [LoggerMessage(EventId = 1602, EventName = "SemanticModelFailed", Level = LogLevel.Error,
        Message = "The MiniLM model could not be loaded; answers stay lexical (no decline gate)")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
