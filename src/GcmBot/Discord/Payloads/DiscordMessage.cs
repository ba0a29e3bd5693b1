namespace GcmBot.Discord.Payloads;

/// <summary>
/// A message as sent to Discord (create, follow-up, edit, interaction response data). Mentions are never
/// parsed: quoted text must not ping anyone, so <see cref="AllowedMentions"/> is always <c>{"parse": []}</c>.
/// </summary>
internal sealed record DiscordMessage(
    IReadOnlyList<DiscordEmbed> Embeds,
    IReadOnlyList<ActionRow> Components,
    string? Content = null,
    int? Flags = null,
    MessageReference? MessageReference = null,
    string? Nonce = null,
    bool? EnforceNonce = null)
{
    public AllowedMentions AllowedMentions { get; } = AllowedMentions.None;

    /// <summary>MessageFlags.EPHEMERAL: only the user who ran the command sees the reply.</summary>
    public const int EphemeralFlag = 1 << 6;
}

internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

/// <summary>Answers a chat message as a reply; the answer is still sent if the question was deleted.</summary>
internal sealed record MessageReference(string MessageId, bool FailIfNotExists = false);

internal sealed record DiscordEmbed(
    string? Title,
    string? Description,
    IReadOnlyList<EmbedField>? Fields,
    EmbedFooter? Footer,
    int? Color);

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);

/// <summary>A row of up to five buttons (component type 1).</summary>
internal sealed record ActionRow(IReadOnlyList<DiscordButton> Components)
{
    public int Type => 1;
}

/// <summary>A button (component type 2) whose <see cref="CustomId"/> carries the command it runs.</summary>
internal sealed record DiscordButton(string Label, string CustomId, int Style = DiscordButton.Secondary)
{
    public const int Primary = 1;
    public const int Secondary = 2;

    public int Type => 2;
}
