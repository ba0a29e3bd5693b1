using System.Globalization;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// A <see cref="SynonymMap"/>'s rules read out of its FST once, as a tree of whole words: the walk
/// over a question then takes one dictionary step per word instead of one FST arc per character.
/// A node is reached by a rule's first words; <see cref="Phrases"/> are the outputs of the rules that
/// end there (in the map's order), <see cref="Next"/> the words that continue some rule.
/// </summary>
internal sealed class WordRule
{
    public int[] Phrases { get; private set; } = [];

    public Dictionary<string, WordRule>? Next { get; private set; }

    /// <summary>The root of <paramref name="map"/>'s rules, whose outputs are phrase numbers.</summary>
    public static WordRule Of(SynonymMap map)
    {
        var root = new WordRule();
        var rules = new Int32sRefFSTEnum<BytesRef>(map.Fst);
        var word = new BytesRef();
        while (rules.MoveNext())
        {
            var rule = root;
            foreach (var text in Words(rules.Current.Input))
            {
                rule.Next ??= new Dictionary<string, WordRule>(StringComparer.Ordinal);
                if (!rule.Next.TryGetValue(text, out var next))
                {
                    rule.Next[text] = next = new WordRule();
                }

                rule = next;
            }

            rule.Phrases = Outputs(map, rules.Current.Output, word);
        }

        return root;
    }

    // A rule's input is its words' characters (code points), the words parted by WORD_SEPARATOR.
    private static List<string> Words(Int32sRef input)
    {
        var words = new List<string>();
        var text = new System.Text.StringBuilder();
        for (var i = input.Offset; i < input.Offset + input.Length; i++)
        {
            if (input.Int32s[i] == SynonymMap.WORD_SEPARATOR)
            {
                words.Add(text.ToString());
                text.Clear();
            }
            else
            {
                text.Append(char.ConvertFromUtf32(input.Int32s[i]));
            }
        }

        words.Add(text.ToString());
        return words;
    }

    // The output lists the rule's words (SynonymMap's format: a count, then word ordinals); each is a phrase number.
    private static int[] Outputs(SynonymMap map, BytesRef output, BytesRef word)
    {
        var input = new ByteArrayDataInput(output.Bytes, output.Offset, output.Length);
        var phrases = new int[(int)((uint)input.ReadVInt32() >> 1)];
        for (var i = 0; i < phrases.Length; i++)
        {
            map.Words.Get(input.ReadVInt32(), word);
            phrases[i] = int.Parse(word.Utf8ToString(), CultureInfo.InvariantCulture);
        }

        return phrases;
    }
}
