using System.ComponentModel.DataAnnotations;
using GcmBot.Digest;

namespace GcmBot.Tests.Digest;

public sealed class DigestOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreValid()
    {
        var options = new DigestOptions();

        Assert.Equal(
            (true, "data/gcmbot.db", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)),
            (options.Enabled, options.DatabasePath, options.TickInterval, options.ClaimLease));
        Assert.Empty(Validate(options));
        Assert.True(new DigestOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(nameof(DigestOptions.TickInterval), "Digest:TickInterval")]
    [InlineData(nameof(DigestOptions.ClaimLease), "Digest:ClaimLease")]
    [InlineData(nameof(DigestOptions.RetryInitialDelay), "Digest:RetryInitialDelay")]
    public void Validate_ZeroDuration_ErrorNamesTheSetting(string property, string setting)
    {
        var options = new DigestOptions();
        typeof(DigestOptions).GetProperty(property)!.SetValue(options, TimeSpan.Zero);

        Assert.Contains(Validate(options), e => e.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MaxDelayShorterThanInitial_ErrorNamesBothSettings()
    {
        var options = new DigestOptions { RetryInitialDelay = TimeSpan.FromMinutes(10), RetryMaxDelay = TimeSpan.FromMinutes(1) };

        var result = new DigestOptionsValidator().Validate(null, options);

        Assert.Contains("Digest:RetryMaxDelay", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Digest:RetryInitialDelay", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(7, 60)]
    [InlineData(40, 60)]
    public void RetryDelay_DoublesPerFailureUpToTheMaximum(int failedAttempts, int minutes)
    {
        var options = new DigestOptions { RetryInitialDelay = TimeSpan.FromMinutes(1), RetryMaxDelay = TimeSpan.FromHours(1) };

        Assert.Equal(TimeSpan.FromMinutes(minutes), options.RetryDelay(failedAttempts));
    }

    private static List<string> Validate(DigestOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? string.Empty)];
    }
}
