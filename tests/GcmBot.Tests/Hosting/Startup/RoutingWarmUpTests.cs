using GcmBot.Hosting;
using GcmBot.Hosting.Startup;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace GcmBot.Tests.Hosting.Startup;

/// <summary>Issue 19: the routing table is first built on a thread of its own while the host starts, not by the first probe.</summary>
public sealed class RoutingWarmUpTests
{
    [Fact]
    public async Task BeginRoutingWarmUp_RoutesReadyzOverTheAppsOwnEndpoints()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddHealth();
        await using var app = builder.Build();
        app.MapHealth();

        var matched = await app.BeginRoutingWarmUp();

        // MapHealthChecks names its endpoints "Health checks"; the route is the one MapHealth gave /readyz.
        var route = Assert.IsType<RouteEndpoint>(matched);
        Assert.Equal(("Health checks", "/readyz"), (route.DisplayName, route.RoutePattern.RawText));
    }

    [Fact]
    public async Task BeginRoutingWarmUp_TableCannotBeBuilt_WarnsAndLeavesItToTheFirstRequest()
    {
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders().AddProvider(logs);
        await using var app = builder.Build();
        ((IEndpointRouteBuilder)app).DataSources.Add(new BrokenDataSource());

        var matched = await app.BeginRoutingWarmUp();

        Assert.Null(matched);
        var line = Assert.Single(logs.Lines, l => l.Category == typeof(RoutingWarmUp).FullName);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("the first request builds it", line.Message, StringComparison.Ordinal);
        Assert.Contains("endpoints unavailable", line.Message, StringComparison.Ordinal);
    }

    private sealed class BrokenDataSource : EndpointDataSource
    {
        public override IReadOnlyList<Endpoint> Endpoints => throw new InvalidOperationException("endpoints unavailable");

        public override IChangeToken GetChangeToken() => new CancellationChangeToken(CancellationToken.None);
    }
}
