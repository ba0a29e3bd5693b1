using System.Diagnostics;
using GcmBot.Core.Semantic;
using Microsoft.Extensions.Options;

namespace GcmBot.Answers;

/// <summary>
/// Loads the MiniLM model in the background once the app has started, so it never holds /readyz back; until it
/// is loaded, answers take the lexical path. A model that fails to load is logged and the lexical path stays. What
/// happened is kept in <see cref="SemanticModelState"/> for /readyz (<see cref="SemanticHealthCheck"/>).
/// </summary>
internal sealed partial class SemanticModelLoader(
    IOptions<AnswersOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<SemanticModelLoader> logger,
    SemanticModelLoader.Model model,
    SemanticModelState state) : BackgroundService
{
    /// <summary>How the model is loaded; the app's is <see cref="MiniLmModel"/>, loaded on a pool thread.</summary>
    internal sealed record Model(Func<Task> Load, Func<bool> IsLoaded)
    {
        public static readonly Model MiniLm = new(() => Task.Run(MiniLmModel.Load), () => MiniLmModel.IsLoaded);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await LoadAsync(stoppingToken);
        }
        finally
        {
            state.Settle();
        }
    }

    private async Task LoadAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Semantic)
        {
            return;
        }

        // One model serves the whole process: another host may have loaded it already.
        if (model.IsLoaded())
        {
            state.Loaded();
            return;
        }

        // The load takes about a second of CPU; on 2 cores it would compete with the corpus and index load that
        // ready waits for. The host reports started only once those start-up steps have run.
        if (!await Started(stoppingToken))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await model.Load();
            state.Loaded();
            LogLoaded(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            state.Failed();
            LogFailed(logger, e);
        }
    }

    private async Task<bool> Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 1601, EventName = "SemanticModelLoaded", Level = LogLevel.Information,
        Message = "Semantic layer ready: MiniLM model loaded in {Milliseconds:0} ms")]
    private static partial void LogLoaded(ILogger logger, double milliseconds);

    [LoggerMessage(EventId = 1602, EventName = "SemanticModelFailed", Level = LogLevel.Error,
        Message = "The MiniLM model could not be loaded; answers stay lexical (no decline gate)")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
