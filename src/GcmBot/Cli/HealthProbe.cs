namespace GcmBot.Cli;

/// <summary>
/// "healthcheck URL": exits 0 when the URL answers 2xx within 3 seconds. The Docker HEALTHCHECK uses
/// it because the runtime image has no curl.
/// </summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter error)
    {
        if (args.Count != 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var url))
        {
            await error.WriteLineAsync("Usage: healthcheck http://127.0.0.1:8080/healthz");
            return 2;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"unhealthy: {e.Message}");
            return 1;
        }
    }
}
