using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Search;

/// <summary>
/// A bounded pool of <see cref="IndexSession"/>s, each a private in-memory copy of the template
/// database (SQLite's backup API), created on demand up to <c>maxSessions</c>; further callers wait.
/// </summary>
internal sealed class SessionPool : IDisposable
{
    private readonly SqliteConnection _template;
    private readonly ConcurrentBag<IndexSession> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly Lock _cloneLock = new();

    public SessionPool(SqliteConnection template, int maxSessions)
    {
        _template = template;
        _slots = new SemaphoreSlim(maxSessions, maxSessions);
        _idle.Add(Clone());
    }

    public T Run<T>(Func<IndexSession, T> work)
    {
        _slots.Wait();
        var session = _idle.TryTake(out var idle) ? idle : Clone();
        try
        {
            return work(session);
        }
        finally
        {
            _idle.Add(session);
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }

        _template.Dispose();
        _slots.Dispose();
    }

    private IndexSession Clone()
    {
        var copy = IndexSchema.OpenMemory();
        lock (_cloneLock)
        {
            _template.BackupDatabase(copy);
        }

        return new IndexSession(copy);
    }
}
