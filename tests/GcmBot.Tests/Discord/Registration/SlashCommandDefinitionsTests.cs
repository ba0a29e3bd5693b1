using System.Text.Json;
using System.Text.RegularExpressions;
using GcmBot.Discord.Registration;
using GcmBot.Discord.Payloads;

namespace GcmBot.Tests.Discord.Registration;

public sealed partial class SlashCommandDefinitionsTests
{
    [Fact]
    public void All_TheSixCommands()
    {
        Assert.Equal(["objective", "ask", "where", "dates", "digest", "help"], SlashCommandDefinitions.All.Select(c => c.Name));
    }

    [Fact]
    public void All_WithinDiscordsCommandLimits()
    {
        foreach (var command in SlashCommandDefinitions.All)
        {
            Assert.Matches(NamePattern(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            Assert.InRange(command.Options.Count, 0, 25);
            foreach (var option in command.Options.Concat(command.Options.SelectMany(o => o.Options ?? [])))
            {
                Assert.Matches(NamePattern(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
            }

            // Required options must come before optional ones.
            Assert.True(command.Options.SkipWhile(o => o.Required == true).All(o => o.Required != true), command.Name);
        }
    }

    [Fact]
    public void Serialized_HasDiscordsFieldNames()
    {
        var json = JsonDocument.Parse(DiscordJson.Serialize(SlashCommandDefinitions.All)).RootElement;

        var objective = json[0];
        Assert.Equal(1, objective.GetProperty("type").GetInt32());
        var number = objective.GetProperty("options")[0];
        Assert.Equal((4, 1, 23, true, true),
            (number.GetProperty("type").GetInt32(), number.GetProperty("min_value").GetInt32(), number.GetProperty("max_value").GetInt32(),
             number.GetProperty("required").GetBoolean(), number.GetProperty("autocomplete").GetBoolean()));
        Assert.Equal([0, 1], objective.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("subscribe", json[4].GetProperty("options")[0].GetProperty("name").GetString());
        Assert.Equal(1, json[4].GetProperty("options")[0].GetProperty("type").GetInt32());
    }

    [Theory]
    [InlineData("objective")]
    [InlineData("ask")]
    public void Serialized_ObjectiveAndAsk_HaveAnOptionalBooleanPrivateOption(string name)
    {
        var json = JsonDocument.Parse(DiscordJson.Serialize(SlashCommandDefinitions.All)).RootElement;

        var command = json.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var option = command.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "private");
        Assert.Equal(5, option.GetProperty("type").GetInt32()); // BOOLEAN
        Assert.False(option.TryGetProperty("required", out var required) && required.GetBoolean());
    }

    [Fact]
    public void From_UnknownCommand_Null()
    {
        Assert.Null(SlashCommandLine.From(new InteractionData("verse")));
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
