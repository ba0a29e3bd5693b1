using System.Reflection;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// Every source-generated log event has its own id and name: operators filter and alert on them, so two
/// events sharing an id would be one event to them (4309 was once both a state-file failure and the
/// shutdown limit running out).
/// </summary>
public sealed class LogEventIdsTests
{
    private static readonly IReadOnlyList<LoggerMessageAttribute> Events =
        [.. new[] { typeof(Program).Assembly, typeof(GcmBot.Core.Answers.AnswerEngine).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()];

    [Fact]
    public void LoggerMessages_AreFound()
    {
        // The host logs from tens of areas; finding none would mean the scan looks in the wrong place.
        Assert.True(Events.Count > 50, $"found {Events.Count} [LoggerMessage] methods");
    }

    [Fact]
    public void LoggerMessages_EachEventIdOnce()
    {
        // -1 is the attribute's "no id given"; those events are told apart by name.
        var shared = Events.Where(e => e.EventId >= 0).GroupBy(e => e.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.EventName))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void LoggerMessages_EachEventNameOnce()
    {
        var shared = Events.Where(e => e.EventName is not null).GroupBy(e => e.EventName)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.EventId))}");

        Assert.Empty(shared);
    }
}
