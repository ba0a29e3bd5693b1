using System.Runtime.CompilerServices;

namespace GcmBot.Tests.Fakes;

/// <summary>
/// Waits (in real time, at most 10 s) for work started on another thread to show its effect. On time-out
/// it fails naming what it waited for (the condition's code unless told) and what it last saw.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <param name="seen">Describes the state when the wait gives up (default: the condition was still false).</param>
    /// <param name="limit">How long to wait at most (default 10 s).</param>
    public static Task WaitUntil(Func<bool> condition, Func<object?>? seen = null, TimeSpan? limit = null, [CallerArgumentExpression(nameof(condition))] string what = "") =>
        WaitUntil(() => Task.FromResult(condition()), seen, limit, what);

    public static async Task WaitUntil(Func<Task<bool>> condition, Func<object?>? seen = null, TimeSpan? limit = null, [CallerArgumentExpression(nameof(condition))] string what = "")
    {
        var most = limit ?? Limit;
        using var timeout = new CancellationTokenSource(most);
        try
        {
            while (!await condition())
            {
                await Task.Delay(5, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {most.TotalSeconds:0} s for: {what}; last seen: {(seen is null ? "false" : seen())}");
        }
    }
}
