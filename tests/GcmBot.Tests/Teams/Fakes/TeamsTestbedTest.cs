namespace GcmBot.Tests.Teams.Fakes;

/// <summary>
/// A test class over its own <see cref="TeamsTestbed"/>. xUnit makes one instance of the class per test, so each test
/// starts with a fresh fake login, fake Connector (unless <paramref name="withConnector"/> is false) and state folder,
/// all disposed after it.
/// </summary>
public abstract class TeamsTestbedTest(bool withConnector = true) : IAsyncLifetime
{
    internal TeamsTestbed Bed { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Bed = await TeamsTestbed.StartAsync(withConnector);

    public virtual async Task DisposeAsync() => await Bed.DisposeAsync();
}
