using Microsoft.Extensions.Options;
using NCrontab;

namespace FactApi.Functions.Composition;

/// <summary>Stops start-up on a bad setting, with a message that names it.</summary>
internal sealed class FactApiOptionsValidator : IValidateOptions<FactApiOptions>
{
    public ValidateOptionsResult Validate(string? name, FactApiOptions options)
    {
        var schedule = CrontabSchedule.TryParse(options.RefreshSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        if (schedule is null)
        {
            return ValidateOptionsResult.Fail(
                $"FactApi:RefreshSchedule '{options.RefreshSchedule}' is not a six-field NCRONTAB expression (seconds minutes hours day month weekday), e.g. '0 */30 * * * *'.");
        }

        // Queue names: 3-63 lowercase letters, digits and single hyphens; "-poison" must still fit.
        return System.Text.RegularExpressions.Regex.IsMatch(options.RefreshQueue, "^[a-z0-9](?:[a-z0-9]|-(?!-)){2,55}$")
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"FactApi:RefreshQueue '{options.RefreshQueue}' must be 3-56 lowercase letters, digits and single hyphens (a queue name).");
    }
}
