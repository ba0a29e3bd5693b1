using GcmBot.Tests.Discord.Fakes;

namespace GcmBot.Tests.Discord.Registration;

/// <summary>Commands are registered by bulk overwrite at start: in the development guild when set, else globally.</summary>
public sealed class SlashCommandRegistrarTests
{
    [Fact]
    public async Task Start_WithGuildId_OverwritesTheGuildsCommands()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(discord, new() { ["Discord:RegisterCommands"] = "true", ["Discord:GuildId"] = "120000000000000012" });

        var put = await discord.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal($"/applications/{DiscordTestHost.ApplicationId}/guilds/120000000000000012/commands", put.Path);
        Assert.Equal(6, put.Json.GetArrayLength());
        Assert.Equal($"Bot {DiscordTestHost.BotToken}", put.Headers["Authorization"]);
    }

    [Fact]
    public async Task Start_WithoutGuildId_OverwritesTheGlobalCommands()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(discord, new() { ["Discord:RegisterCommands"] = "true" });

        var put = await discord.WaitForRequestAsync(r => r.Method == "PUT");

        Assert.Equal($"/applications/{DiscordTestHost.ApplicationId}/commands", put.Path);
    }
}
