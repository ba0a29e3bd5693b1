namespace GcmBot.LocalChat;

/// <summary>Section "LocalChat". Enabled: true, false, or unset = on only when no Discord or Teams app is configured.</summary>
public sealed class LocalChatOptions
{
    public const string SectionName = "LocalChat";

    public bool? Enabled { get; set; }
}

/// <summary>Whether the local chat is served, decided once from configuration at start.</summary>
public sealed record LocalChatSwitch(bool Enabled);
