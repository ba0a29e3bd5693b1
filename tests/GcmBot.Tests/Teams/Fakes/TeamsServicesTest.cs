using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>
/// A <see cref="TeamsTestbedTest"/> whose tests also get the adapter's services (<see cref="TeamsServices"/>), built
/// over the bed's authenticated settings and a fake clock before each test and disposed after it.
/// </summary>
public abstract class TeamsServicesTest(ITestOutputHelper output, bool withConnector = true) : TeamsTestbedTest(withConnector)
{
    internal FakeClock Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    internal WebApplication App { get; private set; } = null!;

    protected ITestOutputHelper Output => output;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App = TeamsServices.Build(Bed.AuthenticatedSettings(), Time, output: output);
    }

    public override async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await base.DisposeAsync();
    }
}
