using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GcmBot.Tests.Storage;

/// <summary>Storage:* as Program.cs wires it: bad settings refused at start, readiness honest about PostgreSQL.</summary>
public sealed class StorageExtensionsTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [InlineData(null, "Storage:ConnectionString is required")]
    [InlineData("Hots=db;Database=gcmbot", "Storage:ConnectionString is not a valid Npgsql connection string")]
    [InlineData("Database=gcmbot", "Storage:ConnectionString names no Host")]
    public async Task Postgres_BadConnectionString_StartRefusedNamingTheSetting(string? connectionString, string expected)
    {
        await using var factory = new GcmBotFactory(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = connectionString }, output);

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownProvider_StartRefusedNamingTheSetting()
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Oracle" }, output);

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.Services);

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_PostgresReachable_ReadyWithStorageAndDigestOnIt()
    {
        await using var factory = Host(fixture.ConnectionString);
        using var client = factory.CreateClient();

        var (status, checks) = await WaitForReadyzAsync(client, s => s == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("PostgreSQL 127.0.0.1:", checks.GetProperty("storage").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("database open, schema version 1", checks.GetProperty("digest").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_PostgresUnreachable_NotReadyNamingTheSetting()
    {
        // A port nothing listens on: connections are refused at once.
        await using var factory = Host($"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=gcmbot;Timeout=2");
        using var client = factory.CreateClient();

        var (status, checks) = await WaitForReadyzAsync(client, s => s == HttpStatusCode.ServiceUnavailable);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks.GetProperty("storage").GetProperty("status").GetString());
        Assert.Contains("Storage:ConnectionString", checks.GetProperty("storage").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Unhealthy", checks.GetProperty("digest").GetProperty("status").GetString());
        Assert.Contains("Storage:ConnectionString", checks.GetProperty("digest").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private GcmBotFactory Host(string connectionString) => new(
        new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = connectionString }, output);

    private static async Task<(HttpStatusCode Status, JsonElement Checks)> WaitForReadyzAsync(HttpClient client, Func<HttpStatusCode, bool> until)
    {
        HttpStatusCode status = default;
        string body = string.Empty;

        // The scheduler opens the database just after start; wait for that, not for a fixed time.
        await Eventually.WaitUntil(
            async () =>
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
                (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync());
                return until(status);
            },
            () => $"{status}: {body}");
        return (status, JsonDocument.Parse(body).RootElement.GetProperty("checks").Clone());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
