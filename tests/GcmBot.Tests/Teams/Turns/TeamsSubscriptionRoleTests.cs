using GcmBot.Tests.Teams.Fakes;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>
/// Issue 14: in Teams, guests cannot subscribe a conversation to the digest. A guest has an Entra id like a
/// member, so the role comes from the roster (the Connector's member lookup, userRole "guest").
/// </summary>
public sealed class TeamsSubscriptionRoleTests : IAsyncLifetime
{
    private const string Sender = "29:user-ana";

    private TeamsTestbed bed = null!;

    public async Task InitializeAsync() => bed = await TeamsTestbed.StartAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Theory]
    [InlineData("guest", "Only members who may manage this server or team")]
    [InlineData("anonymous", "Only members who may manage this server or team")]
    [InlineData("user", "will get the review-forum digest every day at 09:00")]
    public async Task DigestSubscribe_RoleFromTheRoster_DecidesWhoMay(string role, string expected)
    {
        bed.Connector.UserRoles[Sender] = role;
        var settings = bed.AuthenticatedSettings();
        settings["Digest:DatabasePath"] = Path.Combine(Path.GetDirectoryName(bed.State.StatePath)!, "digest.db");
        await using var app = new TeamsApplication(settings) { RealRouter = true };

        await bed.PostAsync(app, TestActivities.Message(bed.Connector.ServiceUrl, "<at>GcmBot</at> digest subscribe 09:00 UTC"));

        var reply = Assert.Single(await bed.Connector.WaitForAsync(1));
        Assert.Contains(expected, reply.Card.ToJsonString(), StringComparison.Ordinal);
    }
}
