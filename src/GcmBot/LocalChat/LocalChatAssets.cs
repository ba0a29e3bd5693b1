using System.Collections.Concurrent;

namespace GcmBot.LocalChat;

/// <summary>The chat page's files, embedded in the assembly so the app serves them from any folder.</summary>
internal static class LocalChatAssets
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    public static IResult Result(string name) =>
        TypedResults.Bytes(Cache.GetOrAdd(name, Read), ContentType(name));

    private static byte[] Read(string name)
    {
        using var stream = typeof(LocalChatAssets).Assembly.GetManifestResourceStream($"LocalChat.{name}")
            ?? throw new InvalidOperationException($"Embedded chat asset {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}
