using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Each objective's title and lettered actions as citable passages.</summary>
internal static class ObjectivePassages
{
    public static IEnumerable<Passage> For(IEnumerable<Objective> objectives)
    {
        foreach (var o in objectives)
        {
            var context = $"Objective {o.Number}: {o.Title}";
            yield return new Passage(PassageId.Objective(o.Number), DocumentIds.Objectives, Citations.Objective(o.Number), o.Title, o.ShortName, PassageKind.ObjectiveTitle)
            {
                Objective = o.Number,
            };
            foreach (var a in o.Actions)
            {
                yield return new Passage(PassageId.Action(o.Number, a.Letter), DocumentIds.Objectives, Citations.Action(o.Number, a.Letter), a.Text, context, PassageKind.Action)
                {
                    Objective = o.Number,
                    Letter = a.Letter,
                };
            }
        }
    }
}
