using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Interactions;

/// <summary>
/// Paging a long answer on Discord with the real router's page tokens: the Next page button fits the 100-character
/// custom_id whatever the question's length, and pressing it turns the page in place.
/// </summary>
public sealed class PageTokenButtonTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    // The test router answers synchronously, so every answer here is inline, whatever the inline budget.
    private readonly PagedAnswers _answers = new();

    [Fact]
    public async Task Ask_LongestQuestionTheOptionTakes_NextPageButtonFitsAndTurnsThePage()
    {
        Host.Router.Answer = _answers.ReplyAsync;

        // 300 characters is the most the /ask question option takes (SlashCommandDefinitions); a typed question can be longer.
        var question = PagedAnswers.LongestAsk[4..304];
        using var asked = await Host.PostInteractionAsync(InteractionJson.Command("ask", [InteractionJson.Option("question", question)]));
        var next = NextPageId(JsonDocument.Parse(await asked.Content.ReadAsStringAsync()).RootElement);

        using var clicked = await Host.PostInteractionAsync(InteractionJson.Button(next, "Quotes"));
        var page = JsonDocument.Parse(await clicked.Content.ReadAsStringAsync()).RootElement;

        Assert.InRange(next.Length, 1, 100);
        Assert.Equal(7, page.GetProperty("type").GetInt32()); // UPDATE_MESSAGE: the page turns in place
        Assert.Equal("Page 2 of 4", page.GetProperty("data").GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task ButtonFromTheTypedLongestQuestion_FitsAndOpensPage2()
    {
        Host.Router.Answer = _answers.ReplyAsync;

        // A button sent with an answer to a typed 2,000-character message (Discord's message limit) carries the same token.
        var first = await _answers.ReplyAsync(new(PagedAnswers.LongestAsk, new(Core.Routing.Surface.Discord, "c", "u")), CancellationToken.None);
        var next = "gcm:" + first.Actions.Single(a => a.Label == "Next page").Command;
        using var clicked = await Host.PostInteractionAsync(InteractionJson.Button(next, "Quotes"));
        var page = JsonDocument.Parse(await clicked.Content.ReadAsStringAsync()).RootElement;

        Assert.InRange(next.Length, 1, 100);
        Assert.Equal("Page 2 of 4", page.GetProperty("data").GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task ExpiredToken_FriendlyReplyOnlyTheUserSees()
    {
        Host.Router.Answer = _answers.ReplyAsync;

        using var clicked = await Host.PostInteractionAsync(InteractionJson.Button("gcm:~AAAAAAAAAAAA.2", "Quotes"));
        var data = JsonDocument.Parse(await clicked.Content.ReadAsStringAsync()).RootElement.GetProperty("data");

        Assert.Equal("This page has expired", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    private static string NextPageId(JsonElement response) =>
        response.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Single(button => button.GetProperty("label").GetString() == "Next page")
            .GetProperty("custom_id").GetString()!;
}
