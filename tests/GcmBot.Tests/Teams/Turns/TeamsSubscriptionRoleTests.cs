using GcmBot.Tests.Teams.Fakes;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>
/// Issue 14: in Teams, guests cannot subscribe a conversation to the digest. A guest has an Entra id like a
/// member, so the role comes from the roster (the Connector's member lookup, userRole "guest").
/// </summary>
public sealed class TeamsSubscriptionRoleTests : TeamsTestbedTest
{
    private const string Sender = "29:user-ana";

    [Theory]
    [InlineData("guest", "Only members who may manage this server or team")]
    [InlineData("anonymous", "Only members who may manage this server or team")]
    [InlineData("user", "will get the review-forum digest every day at 09:00")]
    public async Task DigestSubscribe_RoleFromTheRoster_DecidesWhoMay(string role, string expected)
    {
        Bed.Connector.UserRoles[Sender] = role;
        var settings = Bed.AuthenticatedSettings();
        settings["Digest:DatabasePath"] = Path.Combine(Path.GetDirectoryName(Bed.State.StatePath)!, "digest.db");
        await using var app = new TeamsApplication(settings) { RealRouter = true };

        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "<at>GcmBot</at> digest subscribe 09:00 UTC"));

        var reply = Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.Contains(expected, reply.Card.ToJsonString(), StringComparison.Ordinal);
    }
}
