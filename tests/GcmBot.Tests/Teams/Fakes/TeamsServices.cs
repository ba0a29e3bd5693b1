using GcmBot.Core.Routing;
using GcmBot.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>The adapter's real DI wiring (AddTeamsAdapter) without a server, for component tests.</summary>
internal static class TeamsServices
{
    public static WebApplication Build(Dictionary<string, string?> settings, TimeProvider time, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        }

        builder.AddTeamsAdapter();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(Mock.Of<ICommandRouter>());
        return builder.Build();
    }
}
