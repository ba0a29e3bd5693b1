using GcmBot.Hosting;

namespace GcmBot.Tests.Hosting;

/// <summary>The shared "finish queued work on shutdown" loop behind the follow-up queue, the Teams worker and the digest.</summary>
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

    [Fact]
    public async Task Stop_ShutdownTimeLimitRunsOut_TheDeadlineCancelsTheWork()
    {
        using var service = new OneJob();
        await service.StartAsync(CancellationToken.None);
        await service.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        using var limit = new CancellationTokenSource();
        var stopping = service.StopAsync(limit.Token);
        await limit.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await service.Done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("cancelled", service.Outcome);
        Assert.True(service.Deadline.IsCancellationRequested);
    }

    /// <summary>One job that waits for the test's word, under the service's deadline.</summary>
    private sealed class OneJob : DrainingBackgroundService
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
            finally
            {
                Done.SetResult();
            }
        }
    }
}
