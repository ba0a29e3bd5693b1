using GcmBot.Hosting;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// The shared "finish queued work on shutdown" loop behind the follow-up queue, the Teams worker and the digest. The
/// deadline's cancellation at the shutdown time limit is covered through those services' own stop tests.
/// </summary>
public sealed class DrainingBackgroundServiceTests
{
    [Fact]
    public async Task Stop_WorkUnderWay_FinishesBeforeStopReturnsAndTheDeadlineStaysOpen()
    {
        using var service = new OneJob();
        await service.StartAsync(CancellationToken.None);
        await service.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = service.StopAsync(CancellationToken.None);
        Assert.True(service.StoppingCalled);
        Assert.False(stopping.IsCompleted); // the job waits on Release, which nothing has set yet
        service.Release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("finished", service.Outcome);
        Assert.False(service.Deadline.IsCancellationRequested);
    }

    /// <summary>One job that waits for the test's word, under the service's deadline.</summary>
    private sealed class OneJob : DrainingBackgroundService
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool StoppingCalled { get; private set; }

        public string Outcome { get; private set; } = "running";

        protected override void OnStopping() => StoppingCalled = true;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            Started.SetResult();
            try
            {
                await Release.Task.WaitAsync(Deadline);
                Outcome = "finished";
            }
            catch (OperationCanceledException)
            {
                Outcome = "cancelled";
            }
        }
    }
}
