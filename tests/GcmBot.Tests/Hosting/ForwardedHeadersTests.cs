using System.Text;
using System.Text.Json;
using GcmBot.Tests.Hardening;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// Issue 14: the local chat's budget is per client address, and X-Forwarded-For counts only when
/// ForwardedHeaders names the proxy. The app listens on 127.0.0.1, so the test client is the "proxy".
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static Dictionary<string, string?> TwoPerMinute(bool trustLoopbackProxy)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimits:UserPermits"] = "2",
            ["RateLimits:ConversationPermits"] = "2",
        };
        if (trustLoopbackProxy)
        {
            settings["ForwardedHeaders:Enabled"] = "true";
            settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        }

        return settings;
    }

    [Fact]
    public async Task LocalChat_ProxyTrusted_EachForwardedClientHasItsOwnBudget()
    {
        await using var bed = await HardeningBed.StartAsync(TwoPerMinute(trustLoopbackProxy: true));

        var first = new[] { await AskAsync(bed, "203.0.113.1"), await AskAsync(bed, "203.0.113.1"), await AskAsync(bed, "203.0.113.1") };
        var other = await AskAsync(bed, "203.0.113.2");

        Assert.Equal(["Answer", "Answer", "Error"], first);
        Assert.Equal("Answer", other);
    }

    [Fact]
    public async Task LocalChat_ForwardingOff_HeaderIgnoredAndTheConnectionsAddressCounts()
    {
        await using var bed = await HardeningBed.StartAsync(TwoPerMinute(trustLoopbackProxy: false));

        var kinds = new[] { await AskAsync(bed, "203.0.113.1"), await AskAsync(bed, "203.0.113.2"), await AskAsync(bed, "203.0.113.3") };

        // All three come from 127.0.0.1, whatever they claim: the third is over the budget of two.
        Assert.Equal(["Answer", "Answer", "Error"], kinds);
    }

    [Fact]
    public async Task Start_ForwardingOnWithoutProxies_FailsNamingTheSetting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => HardeningBed.StartAsync(new() { ["ForwardedHeaders:Enabled"] = "true" }));

        Assert.Contains("ForwardedHeaders:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> AskAsync(HardeningBed bed, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat")
        {
            Content = new StringContent("{\"text\":\"objective 13\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        using var response = await bed.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("kind").GetString() ?? "";
    }
}
