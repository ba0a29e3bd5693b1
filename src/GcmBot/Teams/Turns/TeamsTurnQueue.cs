using System.Threading.Channels;
using GcmBot.Teams.Connector;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Authenticated activities waiting for the worker. The endpoint acknowledges at once (Teams waits only
/// seconds for the HTTP answer) and replies go out through the Connector; a full queue answers 503.
/// </summary>
internal sealed class TeamsTurnQueue
{
    public const int Capacity = 512;

    private readonly Channel<Activity> channel = Channel.CreateBounded<Activity>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<Activity> Reader => channel.Reader;

    public bool TryEnqueue(Activity activity) => channel.Writer.TryWrite(activity);
}
