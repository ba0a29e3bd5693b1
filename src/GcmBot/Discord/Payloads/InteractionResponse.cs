namespace GcmBot.Discord.Payloads;

/// <summary>The body of an answer to an interaction; <see cref="Data"/> depends on <see cref="Type"/>.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null)
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
}

/// <summary>Data of a deferred response: only the ephemeral flag is allowed there.</summary>
internal sealed record DeferredData(int? Flags);

internal sealed record AutocompleteData(IReadOnlyList<CommandChoice> Choices);

/// <summary>An autocomplete suggestion; <see cref="Value"/> matches the option's type (an integer for "number").</summary>
internal sealed record CommandChoice(string Name, object Value);
