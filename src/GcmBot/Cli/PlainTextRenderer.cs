using System.Text;
using GcmBot.Core.Replies;

namespace GcmBot.Cli;

/// <summary>Renders a reply for a terminal: quotes verbatim and indented, each followed by its citation.</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply, bool withActions = true, bool withTitle = true)
    {
        var text = new StringBuilder();
        if (withTitle)
        {
            text.AppendLine(reply.Title);
            foreach (var field in reply.Fields)
            {
                text.AppendLine($"  {field.Name}: {field.Value}");
            }
        }

        foreach (var block in reply.Blocks)
        {
            text.AppendLine();
            Append(text, block);
        }

        if (reply.Page is { } page)
        {
            text.AppendLine().AppendLine($"({page.Describe()})");
        }

        if (withActions && reply.Actions.Count > 0)
        {
            text.AppendLine();
            foreach (var action in reply.Actions)
            {
                text.AppendLine($"  → {action.Label}: {action.Command}");
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, ReplyBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                text.AppendLine(h.Text.ToUpperInvariant());
                break;
            case TextBlock t:
                text.AppendLine(t.Text);
                break;
            case QuoteBlock q:
                text.AppendLine($"  “{q.Text}”").AppendLine($"    — {q.Citation}");
                break;
            case ActionListBlock list:
                foreach (var item in list.Items)
                {
                    text.AppendLine($"  ({item.Letter}) {item.Text}").AppendLine($"      — {item.Citation}");
                }

                break;
        }
    }
}
