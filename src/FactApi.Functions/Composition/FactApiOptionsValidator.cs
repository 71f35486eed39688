using Microsoft.Extensions.Options;
using NCrontab;

namespace FactApi.Functions.Composition;

/// <summary>Stops start-up on a bad setting, with a message that names it.</summary>
internal sealed class FactApiOptionsValidator : IValidateOptions<FactApiOptions>
{
    public ValidateOptionsResult Validate(string? name, FactApiOptions options)
    {
        var schedule = CrontabSchedule.TryParse(options.RefreshSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        return schedule is null
            ? ValidateOptionsResult.Fail(
                $"FactApi:RefreshSchedule '{options.RefreshSchedule}' is not a six-field NCRONTAB expression (seconds minutes hours day month weekday), e.g. '0 */30 * * * *'.")
            : ValidateOptionsResult.Success;
    }
}
