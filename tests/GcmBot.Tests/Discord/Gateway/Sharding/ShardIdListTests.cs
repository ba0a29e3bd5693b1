using GcmBot.Discord;
using GcmBot.Discord.Gateway.Sharding;

namespace GcmBot.Tests.Discord.Gateway.Sharding;

/// <summary>Discord:ShardIds and Discord:ShardCount: the forms the README documents, and refusals that name the setting.</summary>
public sealed class ShardIdListTests
{
    [Theory]
    [InlineData("0-3", 8, new[] { 0, 1, 2, 3 })]
    [InlineData("4,5", 8, new[] { 4, 5 })]
    [InlineData(" 6 , 0-1 ", 8, new[] { 0, 1, 6 })]
    [InlineData("7", 8, new[] { 7 })]
    public void TryParse_IdsAndRanges_AscendingIds(string text, int count, int[] expected)
    {
        Assert.True(ShardIdList.TryParse(text, count, out var ids, out var error), error);
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("0-8", "with Discord:ShardCount = 8 the shard ids are 0 to 7")]
    [InlineData("3-1", "'3-1', which is neither a shard id nor a range")]
    [InlineData("a", "'a', which is neither")]
    [InlineData("1,,2", "'', which is neither")]
    [InlineData("-1", "'-1', which is neither")]
    [InlineData("0-2,2", "names shard 2 twice")]
    public void TryParse_Wrong_ErrorNamesTheSettingAndThePart(string text, string expected)
    {
        Assert.False(ShardIdList.TryParse(text, 8, out _, out var error));
        Assert.StartsWith("Discord:ShardIds", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_EmptyShardIds_EveryShard()
    {
        var plan = ShardPlan.For(3, null);

        Assert.Equal([new Shard(0, 3), new Shard(1, 3), new Shard(2, 3)], plan.Shards);
    }

    [Fact]
    public void Validator_ShardIdsWithoutAFixedCount_Refused()
    {
        var options = Configured();
        options.ShardIds = "0-1";

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:ShardIds needs Discord:ShardCount", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_ShardIdsBeyondTheCount_Refused()
    {
        var options = Configured();
        options.ShardCount = 4;
        options.ShardIds = "2-4";

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.Contains("shard ids are 0 to 3", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_ShardIdsWithinTheCount_Accepted()
    {
        var options = Configured();
        options.ShardCount = 4;
        options.ShardIds = "2-3";

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    private static DiscordOptions Configured() => new()
    {
        ApplicationId = Fakes.DiscordTestHost.ApplicationId,
        PublicKey = Fakes.TestKeys.Application.PublicKeyHex,
        BotToken = Fakes.DiscordTestHost.BotToken,
    };
}
