using System.Text.Json.Serialization;

namespace GcmBot.Core.Digest;

/// <summary>How exactly the source dates a milestone. The digest never states more than this.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CalendarPrecision>))]
public enum CalendarPrecision
{
    Day,
    DayRange,
    Month,
    HalfYear,
    Year,
}

/// <summary>What a milestone is; the two forum kinds are the "review forums" of the digest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MilestoneKind>))]
public enum MilestoneKind
{
    InternationalReviewForum,
    RegionalReviewForum,
    Meeting,
    Resolution,
    Report,
    Document,
}

/// <summary>
/// One entry of corpus/forum-calendar.json. <see cref="DateAsWritten"/> is the date exactly as the
/// cited passage writes it; <see cref="Start"/>..<see cref="End"/> is the period it denotes.
/// </summary>
public sealed record CalendarEntry(
    string Id,
    string Title,
    MilestoneKind Kind,
    string DateAsWritten,
    DateOnly Start,
    DateOnly End,
    CalendarPrecision Precision,
    string Citation,
    PassageReference Source);

/// <summary>A numbered paragraph of a corpus document, optionally one of its lettered items.</summary>
public sealed record PassageReference(string Document, int Paragraph, string? Item = null);

/// <summary>The file's top level: entries in date order.</summary>
internal sealed record CalendarFile(IReadOnlyList<CalendarEntry> Entries);
