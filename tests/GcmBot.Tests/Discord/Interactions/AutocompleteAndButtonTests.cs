using System.Text.Json;
using GcmBot.Core.Replies;
using GcmBot.Tests.Discord.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Interactions;

/// <summary>Autocomplete suggestions and button clicks over real HTTP.</summary>
public sealed class AutocompleteAndButtonTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    internal override Dictionary<string, string?> Settings => new() { ["Discord:InlineReplyBudget"] = "00:00:00.300" };

    [Theory]
    [InlineData("", 23, 1)]
    [InlineData("1", 11, 1)]
    [InlineData("13", 1, 13)]
    [InlineData("detention", 1, 13)]
    [InlineData("REMITT", 1, 20)]
    [InlineData("migrants", 7, 4)]
    [InlineData("nothing like this", 0, 0)]
    public async Task Post_ObjectiveAutocomplete_SuggestsMatchingObjectives(string typed, int count, int firstNumber)
    {
        var choices = await AutocompleteAsync("objective", [InteractionJson.Option("number", typed, focused: true)]);

        Assert.Equal(count, choices.Count);
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        if (count > 0)
        {
            Assert.Equal(firstNumber, choices[0].GetProperty("value").GetInt32());
        }
    }

    [Fact]
    public async Task Post_ObjectiveAutocomplete_NameGivesNumberShortNameAndTitle()
    {
        var choices = await AutocompleteAsync("objective", [InteractionJson.Option("action", "h"), InteractionJson.Option("number", "13", focused: true)]);

        var name = Assert.Single(choices).GetProperty("name").GetString()!;
        Assert.StartsWith("13 · Alternatives to detention — Use migration detention only", name, StringComparison.Ordinal);
        Assert.EndsWith(" …", name, StringComparison.Ordinal);
        Assert.InRange(name.Length, 90, 100);
    }

    [Fact]
    public async Task Post_WhereAutocomplete_SuggestsShortNames()
    {
        var choices = await AutocompleteAsync("where", [InteractionJson.Option("topic", "border", focused: true)]);

        Assert.Equal("Manage borders", Assert.Single(choices).GetProperty("value").GetString());
    }

    [Fact]
    public async Task Post_PageButtonOnThatAnswer_UpdatesTheMessageInPlace()
    {
        Host.Router.Answer = (request, _) => Task.FromResult(Reply.Simple(ReplyKind.Answer, "Detention in the GCM", request.Text) with { Page = new PageInfo(2, 3) });

        using var response = await Host.PostInteractionAsync(InteractionJson.Button("gcm:ask detention page 2", "Detention in the GCM"));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(7, json.GetProperty("type").GetInt32());
        Assert.Equal("ask detention page 2", Host.Router.Single().Text);
        Assert.Equal("Page 2 of 3", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Post_FollowUpButton_PostsANewMessage()
    {
        Host.Router.Answer = (request, _) => Task.FromResult(Reply.Simple(ReplyKind.Answer, "GCM objective 13(h)", request.Text));

        using var response = await Host.PostInteractionAsync(InteractionJson.Button("gcm:objective 13 h", "Objective 13"));

        Assert.Equal(4, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        Assert.Equal("objective 13 h", Host.Router.Single().Text);
    }

    [Fact]
    public async Task Post_SlowPageButton_DefersUpdateThenEditsTheClickedMessage()
    {
        // Slower than the inline budget whatever the machine's load: the router answers only once the
        // test has seen the deferral (an 800 ms answer against a 1 s budget raced on a busy machine).
        var deferred = Host.Router.HoldAnswers("Detention in the GCM", new PageInfo(3, 3));

        using var response = await Host.PostInteractionAsync(InteractionJson.Button("gcm:ask detention page 3", "Detention in the GCM", token: "pagetoken"));

        Assert.Equal(6, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        deferred.Released.SetResult();
        var edit = await Discord.WaitForRequestAsync(r => r.Method == "PATCH");
        Assert.EndsWith("/pagetoken/messages/@original", edit.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ButtonNotOurs_EphemeralRefusal()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Button("pagination:next", "x"));

        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Empty(Host.Router.Requests);
    }

    private async Task<List<JsonElement>> AutocompleteAsync(string command, object[] options)
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Autocomplete(command, options));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        return json.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
    }
}
