using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Query;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// "--profile digest": every lexical answer to the evaluation and gate questions, the lexicon's
/// phrases and "objective N" (asked, and as "where"), written out in full (ranked objectives, each quote's passage, offset, text and
/// highlights) and hashed: one line per question, then the total. Two builds that print the same
/// total give the same answers byte for byte, which is what a speed change must keep.
/// </summary>
internal static class AnswerDigest
{
    public static int Run(AppServices app, TextWriter output)
    {
        var questions = BenchmarkCorpus.Questions().Concat(GateQuestions()).Concat(LexiconPhrases(app.Get<TopicLexicon>())).ToList();
        using var total = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var question in questions)
        {
            var text = Describe(app.Engine.Ask(question)) + "\n--where--\n" + Describe(app.Engine.Where(question));
            var bytes = Encoding.UTF8.GetBytes(text);
            total.AppendData(bytes);
            output.WriteLine($"{Convert.ToHexString(SHA256.HashData(bytes))[..16]} {question}");
        }

        output.WriteLine($"{questions.Count} questions, digest {Convert.ToHexString(total.GetHashAndReset())}");
        return 0;
    }

    // The paraphrases' and off-topic questions' wording only (no expected answers are read).
    private static IEnumerable<string> GateQuestions()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "gate-questions.json");
        using var file = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var paraphrase in file.RootElement.GetProperty("paraphrases").EnumerateArray())
        {
            yield return paraphrase.GetProperty("q").GetString()!;
        }

        foreach (var offTopic in file.RootElement.GetProperty("offTopic").EnumerateArray())
        {
            yield return offTopic.GetString()!;
        }
    }

    // Every phrase of the lexicon asked on its own, and "objective N" for each objective.
    private static IEnumerable<string> LexiconPhrases(TopicLexicon lexicon) =>
        lexicon.Topics.Append(lexicon.Synonyms)
            .SelectMany(t => t.Terms.Concat(t.Paraphrases.SelectMany(p => p.Say)))
            .Concat(lexicon.Topics.Select(t => $"objective {t.Objective}"));

    private static string Describe(Answer answer)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"topic {answer.Query.Topic}; words {string.Join('|', answer.Query.Words)}; ");
        text.Append(CultureInfo.InvariantCulture, $"topics {string.Join('|', answer.Query.Topics.Select(t => $"{t.Objective}:{t.Phrase}@{t.Start}+{t.Length}"))}\n");
        text.Append(CultureInfo.InvariantCulture, $"ranked {string.Join(',', answer.RankedObjectives)}; verdict {answer.Verdict}\n");
        foreach (var objective in answer.Objectives.Concat(answer.ClosestObjectives))
        {
            text.Append(CultureInfo.InvariantCulture, $"objective {objective.Number} {objective.ShortName}\n");
            foreach (var quote in objective.Actions.Prepend(objective.Title))
            {
                Quote(text, quote);
            }
        }

        foreach (var quote in answer.ProgressDeclaration)
        {
            Quote(text, quote);
        }

        foreach (var section in answer.Kenya)
        {
            text.Append(CultureInfo.InvariantCulture, $"kenya {section.Numeral} {section.Title}\n");
            foreach (var quote in section.Items)
            {
                Quote(text, quote);
            }
        }

        text.Append("secondary\n");
        foreach (var quote in answer.Secondary)
        {
            Quote(text, quote);
        }

        return text.ToString();
    }

    private static void Quote(StringBuilder text, Quote quote) =>
        text.Append(CultureInfo.InvariantCulture,
            $"  {quote.Passage.Id} @{quote.Offset} [{string.Join(' ', quote.Highlights.Select(h => $"{h.Start}+{h.Length}"))}] {quote.Text}\n");
}
