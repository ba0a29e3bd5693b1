using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Digest.Handlers;

namespace GcmBot.Tests.Digest.Handlers;

public sealed class DigestCommandHandlerTests : IDisposable
{
    private static readonly ChatContext Channel = new(Surface.Discord, "chan-1", "user-1");
    private readonly DigestHarness _harness = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Subscribe_NoArguments_DefaultsTo0900UtcStartingTomorrow()
    {
        var reply = await HandleAsync("subscribe");

        Assert.Equal(ReplyKind.Confirmation, reply.Kind);
        Assert.Contains("every day at 09:00 (UTC). First digest: Monday 23 November 2026, 09:00.", Text(reply), StringComparison.Ordinal);
        var stored = await _harness.Store.FindAsync("discord", "chan-1", CancellationToken.None);
        Assert.Equal((new TimeOnly(9, 0), "UTC"), (stored!.LocalTime, stored.TimeZoneId));
    }

    [Theory]
    [InlineData("subscribe 07:30 Africa/Nairobi", "07:30", "Africa/Nairobi")]
    [InlineData("subscribe europe/zurich 7:30", "07:30", "Europe/Zurich")]
    [InlineData("subscribe 18:00 america/argentina/buenos_aires", "18:00", "America/Argentina/Buenos_Aires")]
    [InlineData("SUBSCRIBE America/New_York", "09:00", "America/New_York")]
    [InlineData("subscribe 09:00 asia/calcutta", "09:00", "Asia/Calcutta")]
    [InlineData("subscribe 09:00 utc", "09:00", "UTC")]
    public async Task Subscribe_TimeAndZone_StoredAsGiven(string command, string time, string zone)
    {
        await HandleAsync(command);

        var stored = await _harness.Store.FindAsync("discord", "chan-1", CancellationToken.None);
        Assert.Equal((time, zone), (stored!.LocalTime.ToString("HH:mm", null), stored.TimeZoneId));
    }

    [Theory]
    [InlineData("subscribe 25:00", "“25:00” is not a time of day")]
    [InlineData("subscribe 9am", "“9am” is not a time of day")]
    [InlineData("subscribe 09:00 Mars/Olympus", "I don't know the time zone “Mars/Olympus”")]
    [InlineData("subscribe 09:00 10:00", "one time only")]
    [InlineData("subscribe 09:00 Europe", "“Europe” is a region, not a time zone. Name a place in it, e.g. Europe/")]
    [InlineData("subscribe 09:00 Europe/", "“Europe/” is a region, not a time zone")]
    [InlineData("subscribe 09:00 america", "“america” is a region, not a time zone. Name a place in it, e.g. America/")]
    [InlineData("subscribe 09:00 Etc", "“Etc” is a region, not a time zone")]
    [InlineData("subscribe 09:00 posix", "I don't know the time zone “posix”")]
    [InlineData("subscribe 09:00 right", "I don't know the time zone “right”")]
    [InlineData("subscribe 09:00 posix/Europe/Paris", "I don't know the time zone “posix/Europe/Paris”")]
    [InlineData("subscribe 09:00 localtime", "I don't know the time zone “localtime”")]
    [InlineData("subscribe 09:00 posixrules", "I don't know the time zone “posixrules”")]
    [InlineData("subscribe 09:00 Factory", "I don't know the time zone “Factory”")]
    [InlineData("subscribe 09:00 ../../etc/passwd", "I don't know the time zone")]
    public async Task Subscribe_BadArguments_FriendlyErrorAndNothingStored(string command, string expected)
    {
        var reply = await HandleAsync(command);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(expected, Text(reply), StringComparison.Ordinal);
        Assert.Null(await _harness.Store.FindAsync("discord", "chan-1", CancellationToken.None));
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    public async Task ChangeSubscription_WithoutManageServer_Refused(string command)
    {
        await HandleAsync("subscribe 08:00");

        var reply = await HandleAsync(command, Channel with { CanManageSubscriptions = false });

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("Manage Server", Text(reply), StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(8, 0), (await _harness.Store.FindAsync("discord", "chan-1", CancellationToken.None))!.LocalTime);
    }

    [Fact]
    public async Task Subscribe_LocalChat_PolitelyRefusedBecauseItCannotPostByItself()
    {
        var reply = await HandleAsync("subscribe", new ChatContext(Surface.Local, "console", "me"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("cannot post on its own", Text(reply), StringComparison.Ordinal);
        Assert.Null(await _harness.Store.FindAsync("local", "console", CancellationToken.None));
    }

    [Theory]
    [InlineData("terminal", "The terminal chat only answers what you type")]
    [InlineData("local-web", "The local web chat only answers what you type")]
    public async Task Subscribe_LocalChats_RefusalNamesTheChatItCameFrom(string conversation, string opening)
    {
        // "terminal" and "local-web" are the conversations CliRouting and LocalChatEndpoints route under.
        var reply = await HandleAsync("subscribe", new ChatContext(Surface.Local, conversation, "me"));

        Assert.StartsWith(opening, Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Subscribed_ShowsTimeZoneNextAndLastSent()
    {
        await HandleAsync("subscribe 08:30 Europe/Berlin");

        var reply = await HandleAsync("status", Channel with { CanManageSubscriptions = false });

        Assert.Equal(
            [new("Time", "08:30"), new("Time zone", "Europe/Berlin"), new("Next digest", "Monday 23 November 2026, 08:30"), new("Last sent", "not yet")],
            reply.Fields);
    }

    [Fact]
    public async Task Status_AfterGone_SaysPausedAndHowToResume()
    {
        var subscription = await _harness.SubscribeAsync("discord", "chan-1", "09:00", "UTC");
        var day = new DateOnly(2026, 11, 22);
        await _harness.Ledger.TryClaimAsync(subscription.Id, day, "me", _harness.Time.GetUtcNow(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await _harness.Ledger.MarkGoneAsync(subscription.Id, day, "discord refused the post", CancellationToken.None);

        var reply = await HandleAsync("status");

        Assert.Equal("Daily digest paused", reply.Title);
        Assert.Contains("run digest subscribe to resume", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterAnUnconfirmedPost_SaysItMayNotHaveAppearedAndIsNotRepeated()
    {
        var subscription = await _harness.SubscribeAsync("discord", "chan-1", "09:00", "UTC");
        var day = new DateOnly(2026, 11, 22);
        await _harness.Ledger.TryClaimAsync(subscription.Id, day, "me", _harness.Time.GetUtcNow(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await _harness.Ledger.MarkSentAsync(subscription.Id, day, _harness.Time.GetUtcNow(), confirmed: false, CancellationToken.None);

        var reply = await HandleAsync("status");

        Assert.Contains(new ReplyField("Last sent", "22 November 2026"), reply.Fields);
        Assert.Contains(
            "The digest for 22 November 2026 got no answer in time, so it may not have appeared here; it is not posted again",
            Text(reply),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_ThenStatus_NotSubscribed()
    {
        await HandleAsync("subscribe");

        var stopped = await HandleAsync("unsubscribe");
        var status = await HandleAsync("status");

        Assert.Equal(ReplyKind.Confirmation, stopped.Kind);
        Assert.Equal(ReplyKind.NotFound, status.Kind);
        Assert.Equal(ReplyKind.NotFound, (await HandleAsync("unsubscribe")).Kind);
    }

    [Fact]
    public async Task Preview_ShowsTomorrowsDigestInTheSubscriptionsZone()
    {
        _harness.Time.AdvanceTo(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero));
        await HandleAsync("subscribe 09:00 Asia/Tokyo"); // already 23 November 08:30 in Tokyo

        var reply = await HandleAsync("preview");

        Assert.Equal("Preview: GCM review calendar — 24 November 2026", reply.Title);
        Assert.Equal(_harness.Composer.Compose(new DateOnly(2026, 11, 24)).Blocks, reply.Blocks.Skip(1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    public async Task NoSubcommand_ShowsUsage(string command) =>
        Assert.Equal(ReplyKind.Help, (await HandleAsync(command)).Kind);

    [Fact]
    public async Task UnknownSubcommand_ErrorWithUsage()
    {
        var reply = await HandleAsync("weekly");

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("digest subscribe [HH:mm]", Text(reply), StringComparison.Ordinal);
    }

    private Task<Reply> HandleAsync(string arguments, ChatContext? context = null) =>
        new DigestCommandHandler(_harness.Store, _harness.Ledger, _harness.Composer, [_harness.Discord.Object, _harness.Teams.Object], _harness.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestCommandHandler>.Instance)
            .HandleAsync(arguments, context ?? Channel, CancellationToken.None);

    private static string Text(Reply reply) => string.Join('\n', reply.Blocks.OfType<TextBlock>().Select(b => b.Text));
}
