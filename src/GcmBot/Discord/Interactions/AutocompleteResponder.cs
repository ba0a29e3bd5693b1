using System.Globalization;
using GcmBot.Core.Corpus;
using GcmBot.Discord.Registration;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Suggestions while the user types: objectives by number prefix ("1" → 1, 10–19) or by words of their
/// short name and title ("detention" → 13); topics by short name. At most 25, answered at once
/// (autocomplete cannot be deferred).
/// </summary>
internal sealed class AutocompleteResponder(IObjectiveCatalog catalog)
{
    public InteractionResponse Respond(Interaction interaction)
    {
        var focused = Focused(interaction.Data?.Options ?? []);
        var typed = SlashCommandLine.Text(focused?.Value).Trim();
        IEnumerable<CommandChoice> choices = (interaction.Data?.Name, focused?.Name) switch
        {
            (SlashCommandDefinitions.Objective, "number") => Matching(typed).Select(o => new CommandChoice(
                TextFit.Plain($"{o.Number} · {o.ShortName} — {o.Title}", DiscordLimits.ChoiceNameMax), o.Number)),
            (SlashCommandDefinitions.Where, "topic") => Matching(typed).Select(o => new CommandChoice(
                TextFit.Plain(o.ShortName, DiscordLimits.ChoiceNameMax), TextFit.Plain(o.ShortName, DiscordLimits.ChoiceNameMax))),
            _ => [],
        };
        return new InteractionResponse(InteractionResponse.AutocompleteResult, new AutocompleteData(choices.Take(DiscordLimits.ChoicesMax).ToList()));
    }

    private IEnumerable<ObjectiveSummary> Matching(string typed)
    {
        if (typed.Length > 0 && typed.All(char.IsAsciiDigit))
        {
            return catalog.Objectives.Where(o => o.Number.ToString(CultureInfo.InvariantCulture).StartsWith(typed, StringComparison.Ordinal));
        }

        var words = typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return catalog.Objectives
            .Where(o => words.All(w => $"{o.Number} {o.ShortName} {o.Title}".Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(o => words.All(w => o.ShortName.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(o => o.Number);
    }

    /// <summary>The option being typed, looking inside sub-commands.</summary>
    private static CommandOptionValue? Focused(IReadOnlyList<CommandOptionValue> options) =>
        options.FirstOrDefault(o => o.Focused == true) ?? options.Select(o => Focused(o.Options ?? [])).FirstOrDefault(f => f is not null);
}
