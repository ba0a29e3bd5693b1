using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>
/// A command the router dispatches to by name (first word, case-insensitive, leading "/" removed).
/// Features outside the core (e.g. the digest) add commands by registering a handler.
/// </summary>
public interface ICommandHandler
{
    /// <summary>Command names and aliases, lower case, e.g. ["digest"].</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Handles the command; <paramref name="arguments"/> is the text after the name, trimmed.</summary>
    Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken);
}
