using System.Globalization;

namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>Reads Discord:ShardIds: ids and inclusive ranges separated by commas, e.g. "0-3" or "4,5" or "0,2-3".</summary>
internal static class ShardIdList
{
    /// <summary>The ids in ascending order, or an error naming the setting and the part that is wrong.</summary>
    public static bool TryParse(string text, int shardCount, out IReadOnlyList<int> ids, out string error)
    {
        var found = new SortedSet<int>();
        ids = [];
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !TryId(bounds[0], out var first) || !TryId(bounds[^1], out var last) || last < first)
            {
                error = $"Discord:ShardIds has '{part}', which is neither a shard id nor a range such as 0-3 (write ids and ranges separated by commas).";
                return false;
            }

            if (last >= shardCount)
            {
                error = $"Discord:ShardIds has '{part}', but with Discord:ShardCount = {shardCount} the shard ids are 0 to {shardCount - 1}.";
                return false;
            }

            for (var id = first; id <= last; id++)
            {
                if (!found.Add(id))
                {
                    error = $"Discord:ShardIds names shard {id} twice.";
                    return false;
                }
            }
        }

        ids = [.. found];
        error = "";
        return true;
    }

    private static bool TryId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
