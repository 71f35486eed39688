using FactApi.DevHost.Discovery;
using FactApi.DevHost.Tests.Functions;

namespace FactApi.DevHost.Tests.Http;

public sealed class StartupFailureTests
{
    [Theory]
    [InlineData(typeof(TakesUnknownParameter), "notInRoute")]
    [InlineData(typeof(ReturnsString), "returns String")]
    public void A_function_the_host_cannot_bind_stops_start_up_naming_it(Type function, string why)
    {
        var error = Assert.Throws<DevHostStartupException>(() =>
            TestDevHost.Build([function], "UseDevelopmentStorage=true", new RunLog(), "a"));

        Assert.Contains(function.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timer_parameter_that_is_not_TimerInfo_stops_start_up()
    {
        var error = Assert.Throws<DevHostStartupException>(() =>
            TestDevHost.Build([typeof(TimerWithoutTimerInfo)], "UseDevelopmentStorage=true", new RunLog(), "a"));

        Assert.Contains(nameof(TimerWithoutTimerInfo), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_setting_that_is_missing_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<DevHostStartupException>(() =>
            TestDevHost.Build([typeof(EverySecond)], "UseDevelopmentStorage=true", new RunLog(), "a"));

        Assert.Contains("Test:Schedule", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EverySecond), error.Message, StringComparison.Ordinal);
    }
}
