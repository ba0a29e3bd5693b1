using GcmBot.Teams.Connector;
using GcmBot.Teams.Turns;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>Issue 14: in Teams, guests and anonymous users cannot manage digest subscriptions (README, "Who can subscribe").</summary>
public sealed class TeamsRolesTests
{
    [Theory]
    [InlineData("msteams", "aad-user-42", null, true)]
    [InlineData("msteams", "aad-user-42", "user", true)]
    [InlineData("msteams", "aad-guest-7", "guest", false)]
    [InlineData("msteams", "aad-guest-7", "Guest", false)]
    [InlineData("msteams", null, "anonymous", false)]
    [InlineData("msteams", null, null, false)]
    [InlineData("emulator", null, null, true)]
    [InlineData("emulator", null, "guest", false)]
    public void CanManageSubscriptions_FromTheActivitysAccount(string channelId, string? aadObjectId, string? userRole, bool expected)
    {
        var activity = new Activity
        {
            ChannelId = channelId,
            From = new ChannelAccount("29:someone") { AadObjectId = aadObjectId, UserRole = userRole },
        };

        Assert.Equal(expected, TeamsRoles.CanManageSubscriptions(activity));
    }

    [Fact]
    public void CanManageSubscriptions_NoSender_False() =>
        Assert.False(TeamsRoles.CanManageSubscriptions(new Activity { ChannelId = "msteams" }));

    [Theory]
    [InlineData("digest subscribe 09:00 UTC", true)]
    [InlineData("DIGEST Unsubscribe", true)]
    [InlineData("/digest subscribe", true)]
    [InlineData("digest status", false)]
    [InlineData("digest", false)]
    [InlineData("objective 13", false)]
    public void ChangesSubscription_OnlySubscribeAndUnsubscribe(string text, bool expected) =>
        Assert.Equal(expected, TeamsRoles.ChangesSubscription(text));
}
