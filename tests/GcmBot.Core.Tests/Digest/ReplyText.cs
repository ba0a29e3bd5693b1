using System.Text;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Tests.Digest;

/// <summary>A reply as plain text, the way the README shows the digest: quotes marked with "> ".</summary>
internal static class ReplyText
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder().Append(reply.Title).Append('\n');
        foreach (var block in reply.Blocks)
        {
            text.Append('\n');
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append("## ").Append(heading.Text).Append('\n');
                    break;
                case TextBlock words:
                    text.Append(words.Text).Append('\n');
                    break;
                case QuoteBlock quote:
                    text.Append("> ").Append(quote.Text).Append('\n').Append("> — ").Append(quote.Citation).Append('\n');
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }

        return text.ToString();
    }
}
