using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;

namespace GcmBot.Cli;

/// <summary>
/// ask "question": the answer for a person. ask --json "question": one JSON object with the
/// ranked objectives, Progress Declaration paragraphs, Kenya sections and the quoted passages, and
/// "declined" (true when the decline gate judged the question not about the documents: no passages).
/// ask --batch: one question per line on standard input, one JSON object per line out, each
/// starting with its "question" as read, so lines can be matched without counting.
/// </summary>
internal static class AskVerb
{
    public const int BadInput = 2;

    // Readable output for people and scripts alike: "¶" and "’" stay as they are.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Option<bool> JsonOption = new("--json") { Description = "One JSON object: ranked objectives, Declaration paragraphs, Kenya sections, quoted passages, \"declined\"." };
    private static readonly Option<bool> BatchOption = new("--batch") { Description = "One question per line on standard input, one JSON object per line out." };
    private static readonly Argument<string[]> QuestionArgument = new("question") { Description = "The question (several words are joined).", Arity = ArgumentArity.ZeroOrMore };

    /// <summary>The verb's definition: its options and argument, for parsing and --help; other words are part of the question.</summary>
    public static Command Definition(string description = "Answers a question with quoted passages and citations.")
    {
        var command = new Command("ask", description) { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(JsonOption);
        command.Options.Add(BatchOption);
        command.Arguments.Add(QuestionArgument);
        return command;
    }

    public static Task<int> RunAsync(IReadOnlyList<string> args, AnswerEngine engine, TextReader input, TextWriter output, int? width = null) =>
        RunAsync(Definition().Parse(args), engine, input, output, width);

    public static async Task<int> RunAsync(ParseResult parsed, AnswerEngine engine, TextReader input, TextWriter output, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var batch = parsed.GetValue(BatchOption);
        var json = parsed.GetValue(JsonOption);
        var question = string.Join(' ', [.. parsed.GetValue(QuestionArgument) ?? [], .. parsed.UnmatchedTokens]).Trim();

        if (batch)
        {
            while (await input.ReadLineAsync() is { } line)
            {
                await output.WriteLineAsync(ToJson(engine.Ask(line)));
            }

            return 0;
        }

        if (question.Length == 0)
        {
            await output.WriteLineAsync("Usage: ask \"what does it say about remittances\" | ask --json \"question\" | ask --batch < questions.txt");
            return BadInput;
        }

        var answer = engine.Ask(question);
        var text = PlainTextRenderer.Render(AnswerReplies.For(answer));
        await output.WriteAsync(json ? ToJson(answer) + Environment.NewLine : width is { } columns ? TerminalText.Wrap(text, columns) : text);
        return 0;
    }

    public static string ToJson(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var result = new AskResult(
            answer.Query.Question,
            answer.IsDeclined,
            answer.RankedObjectives,
            [.. answer.ProgressDeclaration.Select(q => q.Passage.Paragraph ?? 0)],
            [.. answer.Kenya.Where(k => k.Numeral is not null).Select(k => k.Numeral!)],
            [.. answer.AllQuotes.Select(q => new AskPassage(q.Passage.Id, q.Citation, q.Text))]);
        return JsonSerializer.Serialize(result, Json);
    }

    private sealed record AskResult(
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("declined")] bool Declined,
        [property: JsonPropertyName("objectives")] IReadOnlyList<int> Objectives,
        [property: JsonPropertyName("pd")] IReadOnlyList<int> Pd,
        [property: JsonPropertyName("kenya")] IReadOnlyList<string> Kenya,
        [property: JsonPropertyName("passages")] IReadOnlyList<AskPassage> Passages);

    private sealed record AskPassage(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("text")] string Text);
}
