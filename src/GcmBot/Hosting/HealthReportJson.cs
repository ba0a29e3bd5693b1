using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting;

/// <summary>
/// The /readyz body: <c>{"status":…,"checks":{"name":{"status":…,"description":…},…}}</c>, written with a
/// <see cref="Utf8JsonWriter"/>. The serializer's reflection metadata for an anonymous type (its converters, member
/// accessors and their JIT) was built by the first probe while the app starts, on the path to ready. Same bytes as
/// <c>JsonSerializer.Serialize</c> with default options (same default encoder).
/// </summary>
internal static class HealthReportJson
{
    public static byte[] Write(HealthReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
