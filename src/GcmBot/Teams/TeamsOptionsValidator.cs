using Microsoft.Extensions.Options;

namespace GcmBot.Teams;

/// <summary>Cross-field rules that data annotations cannot express; each message names the setting.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = new List<string>();
        var hasAppId = !string.IsNullOrWhiteSpace(options.AppId);
        if (hasAppId && !Guid.TryParse(options.AppId, out _))
        {
            errors.Add("Teams:AppId must be the bot's Microsoft App ID, a GUID.");
        }

        if (hasAppId && string.IsNullOrWhiteSpace(options.AppSecret))
        {
            errors.Add("Teams:AppSecret is required when Teams:AppId is set.");
        }

        if (!hasAppId && !string.IsNullOrWhiteSpace(options.AppSecret))
        {
            errors.Add("Teams:AppSecret is set but Teams:AppId is empty; set both, or neither for Emulator mode.");
        }

        if (hasAppId && options.EmulatorMode)
        {
            errors.Add("Teams:EmulatorMode is true but Teams:AppId is set; Emulator mode is for a bot without an app id.");
        }

        if (hasAppId && options.AppType == TeamsAppType.SingleTenant && string.IsNullOrWhiteSpace(options.TenantId))
        {
            errors.Add("Teams:TenantId is required when Teams:AppType is SingleTenant (the Azure default).");
        }

        CheckEndpoint(options.OpenIdMetadataUrl, "Teams:OpenIdMetadataUrl", errors);
        CheckEndpoint(options.AuthorityHost, "Teams:AuthorityHost", errors);
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            errors.Add("Teams:RetryMaxDelay must not be shorter than Teams:RetryBaseDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // Keys and secrets travel over these URLs: https only, except a loopback fake in development and tests.
    private static void CheckEndpoint(Uri? uri, string setting, List<string> errors)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            errors.Add($"{setting} must be an absolute URL.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            errors.Add($"{setting} must use https (http is accepted only for loopback addresses).");
        }
    }
}
