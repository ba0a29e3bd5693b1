using System.Text.Json.Nodes;
using GcmBot.Core.Replies;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Xunit.Abstractions;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Teams.Cards;

/// <summary>
/// Teams cards as the official Adaptive Cards renderer (npm adaptivecards 3.0.6, restored into
/// tests/card-renderer by tests/run-all.sh) draws them in Debian's chromium, at a phone's 340 px and a
/// desktop's 560 px: no button label may be cut, and nothing may run past the card's edge.
/// </summary>
public sealed class CardRendererBrowserTests(ITestOutputHelper output) : BrowserTest
{
    private static readonly int[] Widths = [340, 560];

    [Fact]
    public async Task EveryObjectiveCard_At340And560Pixels_NoButtonLabelIsCut()
    {
        var page = await RendererPageAsync();
        List<string> problems = [];
        for (var n = 1; n <= 23; n++)
        {
            foreach (var card in await CardsAsync($"objective {n}"))
            {
                foreach (var width in Widths)
                {
                    problems.AddRange(await ProblemsAsync(page, card, width, $"objective {n} at {width} px"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("objective 13")]
    [InlineData("kenya")]
    [InlineData("kenya IV")]
    [InlineData("ask remittances")]
    [InlineData("13(d)")]
    [InlineData("help")]
    [InlineData("ask Migration and Development Brief remittances outlook")]
    public async Task OtherCards_At340And560Pixels_NoButtonLabelIsCutAndNothingOverflows(string command)
    {
        var page = await RendererPageAsync();
        List<string> problems = [];
        var shots = 0;
        foreach (var card in await CardsAsync(command))
        {
            shots++;
            foreach (var width in Widths)
            {
                problems.AddRange(await ProblemsAsync(page, card, width, $"{command} at {width} px"));
                var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"teams-{command.Replace(' ', '-')}-{shots}-{width}.png");
                Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
                await page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
                output.WriteLine($"Screenshot: {shot}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Objective13Card_At340Pixels_ButtonLabelsAreDistinct()
    {
        var page = await RendererPageAsync();
        var card = (await CardsAsync("objective 13"))[0];
        await RenderAsync(page, card, 340);

        var labels = await page.EvalOnSelectorAllAsync<string[]>("#card button", "buttons => buttons.map(b => b.textContent.trim()).filter(t => t.length > 0)");

        Assert.Equal(labels.Distinct().Count(), labels.Length);
        Assert.Contains("Next ›", labels);
    }

    private static async Task<List<JsonObject>> CardsAsync(string command)
    {
        // Every page of the reply, each as the cards a Teams user would get.
        var renderer = new AdaptiveCardRenderer(Options.Create(new TeamsOptions()));
        var first = await RealReplies.RouteAsync(command);
        Assert.NotEqual(ReplyKind.Error, first.Kind);
        List<Reply> pages = [first];
        for (var n = 2; n <= (first.Page?.Count ?? 1); n++)
        {
            pages.Add(await RealReplies.RouteAsync($"{command} page {n}"));
        }

        return [.. pages.SelectMany(renderer.Render).Select(a => a.Attachments![0].Content!.AsObject())];
    }

    private async Task<IPage> RendererPageAsync()
    {
        var page = await Chromium.NewPageAsync(800, 1200);
        await page.SetContentAsync("<!doctype html><html><body style=\"margin:0;font-family:sans-serif\"><div id=\"card\"></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = RendererBundle() });
        return page;
    }

    private static Task RenderAsync(IPage page, JsonObject card, int width) =>
        page.EvaluateAsync(
            """
            ([json, width]) => {
              const host = document.getElementById('card');
              host.style.width = width + 'px';
              host.replaceChildren();
              const card = new AdaptiveCards.AdaptiveCard();
              card.parse(JSON.parse(json));
              host.appendChild(card.render());
            }
            """,
            new object[] { card.ToJsonString(), width });

    // A cut label: a button (or an element inside it) whose content is wider than its box. An overflow:
    // any element whose right edge lies past the card's right edge.
    private static async Task<IEnumerable<string>> ProblemsAsync(IPage page, JsonObject card, int width, string what)
    {
        await RenderAsync(page, card, width);
        var found = await page.EvaluateAsync<string[]>(
            """
            () => {
              const host = document.getElementById('card');
              const right = host.getBoundingClientRect().right + 0.5;
              const problems = [];
              for (const button of host.querySelectorAll('button')) {
                for (const el of [button, ...button.querySelectorAll('*')]) {
                  if (el.scrollWidth > el.clientWidth && el.clientWidth > 0) {
                    problems.push(`button "${button.textContent.trim()}" cut (${el.scrollWidth} > ${el.clientWidth})`);
                  }
                }
              }
              for (const el of host.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width > 0 && box.right > right) {
                  problems.push(`${el.tagName} "${(el.textContent || '').trim().slice(0, 40)}" runs ${Math.round(box.right - right)} px past the edge`);
                }
              }
              return [...new Set(problems)];
            }
            """);
        return found.Select(p => $"{what}: {p}");
    }

    private static string RendererBundle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bundle = Path.Combine(dir.FullName, "tests", "card-renderer", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
            if (File.Exists(bundle))
            {
                return bundle;
            }
        }

        throw new InvalidOperationException(
            "The Adaptive Cards renderer is not restored: run `npm ci --prefix tests/card-renderer` (tests/run-all.sh does).");
    }
}
