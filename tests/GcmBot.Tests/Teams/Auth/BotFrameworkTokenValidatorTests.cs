using System.Net;
using System.Security.Cryptography;
using GcmBot.Teams.Auth;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Auth;

public sealed class BotFrameworkTokenValidatorTests(ITestOutputHelper output) : TeamsServicesTest(output, withConnector: false)
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public async Task ValidateAsync_ValidChannelToken_IsAuthenticated()
    {
        var result = await ValidateAsync(Bed.Login.Mint(ValidToken()));

        Assert.Equal(InboundAuthStatus.Authenticated, result.Status);
    }

    [Fact]
    public async Task ValidateAsync_TokenWithinClockSkewAfterExpiry_IsAuthenticated()
    {
        var token = Bed.Login.Mint(ValidToken() with { IssuedAt = Time.GetUtcNow().AddHours(-1).AddMinutes(-4) });

        Assert.Equal(InboundAuthStatus.Authenticated, (await ValidateAsync(token)).Status);
    }

    public static TheoryData<string, InboundAuthStatus, string> Spoiled => new()
    {
        { "wrong issuer", InboundAuthStatus.Unauthorized, "not issued by the Bot Framework" },
        { "wrong audience", InboundAuthStatus.Unauthorized, "audience" },
        { "expired beyond skew", InboundAuthStatus.Unauthorized, "expired" },
        { "not yet valid", InboundAuthStatus.Unauthorized, "not yet valid" },
        { "bad signature", InboundAuthStatus.Unauthorized, "invalid signature" },
        { "serviceurl mismatch", InboundAuthStatus.Unauthorized, "does not match" },
        { "serviceurl missing", InboundAuthStatus.Unauthorized, "serviceurl claim missing" },
        { "HS256 algorithm", InboundAuthStatus.Unauthorized, "algorithm not allowed" },
        { "PS256 algorithm", InboundAuthStatus.Unauthorized, "algorithm not allowed" },
        { "lower-case scheme", InboundAuthStatus.Unauthorized, "Authorization header" },
        { "no token", InboundAuthStatus.Unauthorized, "Authorization header" },
        { "garbage token", InboundAuthStatus.Unauthorized, "not issued by the Bot Framework" },
        { "key not endorsed for channel", InboundAuthStatus.Forbidden, "not endorsed" },
        { "key without endorsements", InboundAuthStatus.Forbidden, "no endorsements" },
    };

    [Theory]
    [MemberData(nameof(Spoiled))]
    public async Task ValidateAsync_SpoiledRequest_IsRejected(string spoiler, InboundAuthStatus expected, string reason)
    {
        var (authorization, channelId) = SpoiledRequest(spoiler, Bed.Login, Time.GetUtcNow(), ServiceUrl);

        var result = await App.Services.GetRequiredService<IInboundTokenValidator>()
            .ValidateAsync(new InboundRequest(authorization, channelId, ServiceUrl, IPAddress.Parse("52.112.0.1")), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    // Fetch counts: one IdentityModel ConfigurationManager reads the metadata and then the jwks it names, once each,
    // for both the keys and their endorsements.
    private const int ReadsPerFetch = 1;

    [Fact]
    public async Task SigningKeys_StartAndRefresh_ReadTheMetadataAndTheKeysOnceEach()
    {
        var keys = App.Services.GetRequiredService<ISigningKeySource>();
        var first = await keys.GetAsync(CancellationToken.None);
        var (metadataAtStart, keysAtStart) = (Bed.Login.MetadataFetches, Bed.Login.KeyFetches);
        Bed.Login.Publish("key-2", RSA.Create(2048), "msteams");

        var refreshed = await keys.RefreshForUnknownKeyAsync(CancellationToken.None);

        // One GET of each document per fetch (two each while the keys and the endorsements had a manager apiece),
        // and the one fetch still yields both: key-1's key and its endorsements as the fake publishes them.
        Assert.Equal((1, 1), (metadataAtStart, keysAtStart));
        Assert.Equal((2, 2), (Bed.Login.MetadataFetches, Bed.Login.KeyFetches));
        Assert.Equal(["emulator", "msteams"], first.Endorsements["key-1"].Order(StringComparer.Ordinal));
        Assert.Equal(["key-1", "key-2"], refreshed.Keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["msteams"], refreshed.Endorsements["key-2"]);
    }

    [Fact]
    public async Task ValidateAsync_KeyRotatedInJustAfterStart_IsAcceptedOnFirstSight()
    {
        Assert.Equal(InboundAuthStatus.Authenticated, (await ValidateAsync(Bed.Login.Mint(ValidToken()))).Status);
        Bed.Login.Publish("key-2", RSA.Create(2048), "msteams");

        // The library refreshes in the background after RequestRefresh; the validator waits for the new documents.
        var result = await ValidateAsync(Bed.Login.Mint(ValidToken(), kid: "key-2"));

        Assert.Equal(InboundAuthStatus.Authenticated, result.Status);
        Assert.Equal(2 * ReadsPerFetch, Bed.Login.KeyFetches);
    }

    [Fact]
    public async Task SigningKeys_SameDocuments_SameSet_NewDocuments_NewSet()
    {
        var keys = App.Services.GetRequiredService<ISigningKeySource>();
        var first = await keys.GetAsync(CancellationToken.None);
        var again = await keys.GetAsync(CancellationToken.None);
        Bed.Login.Publish("key-2", RSA.Create(2048), "msteams");

        var refreshed = await keys.RefreshForUnknownKeyAsync(CancellationToken.None);

        // Asked for on every inbound token: while the managers keep their documents the set is not built again.
        Assert.Same(first, again);
        Assert.NotSame(first, refreshed);
        Assert.False(first.Keys.ContainsKey("key-2"));
        Assert.True(refreshed.Keys.ContainsKey("key-2"));
    }

    [Fact]
    public async Task ValidateAsync_UnknownKeyIdsInQuickSuccession_RefetchAtMostOncePerFloor()
    {
        await ValidateAsync(Bed.Login.Mint(ValidToken()));
        using var stranger = RSA.Create(2048);

        for (var i = 0; i < 3; i++)
        {
            var result = await ValidateAsync(FakeBotFrameworkLogin.Mint(stranger, "forged-kid", ValidToken()));
            Assert.Equal(InboundAuthStatus.Unauthorized, result.Status);
            Time.Advance(BotFrameworkSigningKeys.RefetchFloor / 4);
        }

        // The start-up fetch, then one refetch for the first forged key id; the next two fall within the floor.
        Assert.Equal(2 * ReadsPerFetch, Bed.Login.KeyFetches);
    }

    [Fact]
    public async Task ValidateAsync_RefetchFailsAfterStart_CachedKeysStayInUse()
    {
        await ValidateAsync(Bed.Login.Mint(ValidToken()));
        Bed.Login.KeysDown = true;
        using var stranger = RSA.Create(2048);

        var forged = await ValidateAsync(FakeBotFrameworkLogin.Mint(stranger, "forged-kid", ValidToken()));
        var genuine = await ValidateAsync(Bed.Login.Mint(ValidToken()));

        Assert.Equal((InboundAuthStatus.Unauthorized, "signing key not published by the channel"), (forged.Status, forged.Reason));
        Assert.Equal(InboundAuthStatus.Authenticated, genuine.Status);
        Assert.Equal(2 * ReadsPerFetch, Bed.Login.KeyFetches);
    }

    [Fact]
    public async Task SigningKeys_RefreshEveryKeyRefreshInterval_IsTheLibrarysAutomaticRefresh()
    {
        // The periodic refetch is ConfigurationManager's own (its clock, in the background): we check that it gets our
        // setting, and that the library's unknown-key floor is the 5 minutes the channel's guidance asks for.
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:KeyRefreshInterval"] = "06:30:00";
        await using var configured = TeamsServices.Build(settings, Time, output: Output);

        var keys = Assert.IsType<BotFrameworkSigningKeys>(configured.Services.GetRequiredService<ISigningKeySource>());

        Assert.Equal(TimeSpan.FromHours(6.5), keys.Manager.AutomaticRefreshInterval);
        Assert.Equal(TimeSpan.FromMinutes(5), keys.Manager.RefreshInterval);
        Assert.True(BotFrameworkSigningKeys.RefetchFloor > keys.Manager.RefreshInterval, "ours must outlast the library's, or a refresh we wait for could be dropped");
    }

    /// <summary>A request spoiled in one way; <paramref name="serviceUrl"/> is the activity's serviceUrl.</summary>
    internal static (string? Authorization, string ChannelId) SpoiledRequest(string spoiler, FakeBotFrameworkLogin login, DateTimeOffset now, string serviceUrl)
    {
        var claimed = spoiler switch
        {
            "serviceurl mismatch" => "https://attacker.example/",
            "serviceurl missing" => null,
            _ => serviceUrl,
        };
        var valid = new ChannelToken(TeamsApplication.AppId, claimed, now.AddMinutes(-1));
        var bearer = (string token) => "Bearer " + token;
        switch (spoiler)
        {
            case "wrong issuer": return (bearer(login.Mint(valid with { Issuer = "https://sts.windows.net/attacker/" })), "msteams");
            case "wrong audience": return (bearer(login.Mint(valid with { Audience = Guid.NewGuid().ToString() })), "msteams");
            case "expired beyond skew": return (bearer(login.Mint(valid with { IssuedAt = now.AddHours(-1).AddMinutes(-6) })), "msteams");
            case "not yet valid": return (bearer(login.Mint(valid with { IssuedAt = now.AddMinutes(6) })), "msteams");
            case "bad signature":
                using (var other = RSA.Create(2048))
                {
                    return (bearer(FakeBotFrameworkLogin.Mint(other, "key-1", valid)), "msteams");
                }

            case "serviceurl mismatch":
            case "serviceurl missing": return (bearer(login.Mint(valid)), "msteams");
            case "HS256 algorithm": return (bearer(MintHmac(valid)), "msteams");
            case "PS256 algorithm": return (bearer(login.Mint(valid with { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 })), "msteams");
            case "lower-case scheme": return ("bearer " + login.Mint(valid), "msteams");
            case "no token": return (null, "msteams");
            case "garbage token": return (bearer("not.a.jwt"), "msteams");
            case "key not endorsed for channel": return (bearer(login.Mint(valid)), "slack");
            case "key without endorsements":
                login.Publish("bare-key", RSA.Create(2048));
                return (bearer(login.Mint(valid, kid: "bare-key")), "msteams");
            default: throw new ArgumentOutOfRangeException(nameof(spoiler), spoiler, null);
        }
    }

    private static string MintHmac(ChannelToken token)
    {
        var handler = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" };
        return handler.WriteToken(handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            IssuedAt = token.IssuedAt.UtcDateTime,
            NotBefore = token.IssuedAt.UtcDateTime,
            Expires = (token.IssuedAt + token.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        }));
    }

    private ChannelToken ValidToken() => new(TeamsApplication.AppId, ServiceUrl, Time.GetUtcNow().AddMinutes(-1));

    private Task<InboundAuthResult> ValidateAsync(string token) =>
        App.Services.GetRequiredService<IInboundTokenValidator>()
            .ValidateAsync(new InboundRequest("Bearer " + token, "msteams", ServiceUrl, IPAddress.Parse("52.112.0.1")), CancellationToken.None);
}
