using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Fakes;

/// <summary>An ILogger that keeps every entry, so tests can assert what was logged.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue(new LogEntry(logLevel, eventId.Name, formatter(state, exception)));
}

public sealed record LogEntry(LogLevel Level, string? EventName, string Message);
