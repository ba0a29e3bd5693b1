using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>Checks the digest settings that depend on each other.</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options) =>
        options.RetryMaxDelay < options.RetryInitialDelay
            ? ValidateOptionsResult.Fail(
                $"Digest:RetryMaxDelay ({options.RetryMaxDelay}) must not be shorter than Digest:RetryInitialDelay ({options.RetryInitialDelay}).")
            : ValidateOptionsResult.Success;
}
