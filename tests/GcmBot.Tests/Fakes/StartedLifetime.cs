using Microsoft.Extensions.Hosting;

namespace GcmBot.Tests.Fakes;

/// <summary>An application lifetime whose "started" the test signals by hand; stopping never comes.</summary>
internal sealed class StartedLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _started = new();

    private int _watched;

    /// <summary>Whether anyone has asked for <see cref="ApplicationStarted"/> (to wait for it) yet.</summary>
    public bool StartedWatched => Volatile.Read(ref _watched) == 1;

    public CancellationToken ApplicationStarted
    {
        get
        {
            Volatile.Write(ref _watched, 1);
            return _started.Token;
        }
    }

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public Task StartAsync() => _started.CancelAsync();

    public void StopApplication()
    {
    }

    public void Dispose() => _started.Dispose();
}
