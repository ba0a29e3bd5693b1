using GcmBot.Core.Routing;
using GcmBot.Teams;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Moq;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>The adapter's real DI wiring (AddTeamsAdapter) without a server, for component tests.</summary>
internal static class TeamsServices
{
    /// <param name="output">The test's output, where the adapter's log lines go (a failure shows what it said).</param>
    public static WebApplication Build(Dictionary<string, string?> settings, TimeProvider time, ILoggerProvider? logs = null, ITestOutputHelper? output = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLoggerProvider(output)).SetMinimumLevel(LogLevel.Trace);
        }

        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        }

        builder.AddTeamsAdapter();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(Mock.Of<ICommandRouter>());

        // The checks' time limit runs on the real clock: on a loaded machine it could only fail a check
        // that is slow, never pass a wrong one, so these tests wait for the check's own answer.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations)
            {
                registration.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            }
        });
        return builder.Build();
    }
}
