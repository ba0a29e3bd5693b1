namespace GcmBot.Tests.Fakes;

/// <summary>Waits (in real time, at most 10 s) for work started on another thread to show its effect.</summary>
public static class Eventually
{
    public static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    public static async Task WaitUntil(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
