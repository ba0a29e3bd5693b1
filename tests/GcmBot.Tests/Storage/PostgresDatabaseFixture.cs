using Npgsql;

namespace GcmBot.Tests.Storage;

/// <summary>A database of its own in the run's cluster, for one test class (IClassFixture); dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private readonly string _name = "t" + Guid.NewGuid().ToString("N");
    private PostgresCluster? _cluster;

    /// <summary>The class's database.</summary>
    public string ConnectionString => _cluster?.ConnectionString(_name) ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>Another fresh database in the same cluster, for a test that needs an empty one.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await CreateAsync(name);
        return _cluster!.ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.GetAsync();
        await CreateAsync(_name);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE);", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task CreateAsync(string name)
    {
        await using var connection = new NpgsqlConnection(_cluster!.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await create.ExecuteNonQueryAsync();
    }
}
