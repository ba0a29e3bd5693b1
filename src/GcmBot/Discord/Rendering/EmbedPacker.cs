using System.Text;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Fills embeds with description units and fields, then messages with embeds, keeping every message
/// within Discord's limits (4096 per description, 25 fields, 10 embeds, 6000 in total). A unit or field
/// that does not fit starts a new embed, or a new message when the message is full.
/// </summary>
internal sealed class EmbedPacker(string? title, int color)
{
    /// <summary>Room kept in each message for the footer written afterwards (page, part).</summary>
    public const int FooterReserve = 120;

    private const int MessageBudget = DiscordLimits.EmbedTotalMax - FooterReserve;
    private const string Separator = "\n\n";

    private readonly List<List<DiscordEmbed>> _messages = [];
    private List<DiscordEmbed> _embeds = [];
    private readonly StringBuilder _description = new();
    private readonly List<EmbedField> _fields = [];
    private string? _title = title;
    private int _total = title?.Length ?? 0;

    public void AddUnit(string unit)
    {
        var separated = _description.Length > 0 ? Separator.Length + unit.Length : unit.Length;
        if (_fields.Count == 0 && _description.Length + separated <= DiscordLimits.DescriptionMax && _total + separated <= MessageBudget)
        {
            _description.Append(_description.Length > 0 ? Separator : "").Append(unit);
            _total += separated;
            return;
        }

        StartEmbed(unit.Length);
        _description.Append(unit);
        _total += unit.Length;
    }

    public void AddField(EmbedField field)
    {
        var size = field.Name.Length + field.Value.Length;
        if (_fields.Count < DiscordLimits.FieldsPerEmbed && _total + size <= MessageBudget)
        {
            _fields.Add(field);
            _total += size;
            return;
        }

        StartEmbed(size);
        _fields.Add(field);
        _total += size;
    }

    /// <summary>The messages' embeds, in order; at least one message with one embed.</summary>
    public IReadOnlyList<IReadOnlyList<DiscordEmbed>> Finish()
    {
        if (_title is null && _description.Length == 0 && _fields.Count == 0 && _embeds.Count == 0)
        {
            _description.Append('\u2014'); // An embed may not be empty.
        }

        CloseEmbed();
        _messages.Add(_embeds);
        return _messages;
    }

    /// <summary>Closes the current embed; opens a new message too when <paramref name="size"/> would overflow this one.</summary>
    private void StartEmbed(int size)
    {
        CloseEmbed();
        if (_embeds.Count > 0 && (_total + size > MessageBudget || _embeds.Count >= DiscordLimits.EmbedsPerMessage))
        {
            _messages.Add(_embeds);
            _embeds = [];
            _total = 0;
        }
    }

    private void CloseEmbed()
    {
        if (_title is null && _description.Length == 0 && _fields.Count == 0)
        {
            return;
        }

        _embeds.Add(new DiscordEmbed(
            _title,
            _description.Length > 0 ? _description.ToString() : null,
            _fields.Count > 0 ? [.. _fields] : null,
            Footer: null,
            color));
        _title = null;
        _description.Clear();
        _fields.Clear();
    }
}
