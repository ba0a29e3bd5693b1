using GcmBot.Core.Search;

namespace GcmBot.Answers;

/// <summary>
/// Starts <see cref="PassageIndex.WarmUp"/> on a thread of its own at the top of Main, once per process. Until the
/// host is built only one core is busy, so this costs the path to ready nothing and shortens the index build after
/// it. A failure here is left to the real index build, which fails the start loudly with the same cause.
/// </summary>
public static class SearchWarmUp
{
    private static readonly Lazy<Task> Started = new(() => Task.Factory.StartNew(
        PassageIndex.WarmUp, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    public static void Begin() => _ = Started.Value;
}
