using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>A question's word meets a fact's in another form: a synonym, or a country's demonym and its name.</summary>
public sealed class SynonymsTests
{
    [Theory]
    [InlineData("truce", "ceasefire")]
    [InlineData("norwegian", "norway")]
    [InlineData("dutch", "netherlands")]
    public void Words_of_one_group_meet(string asked, string told)
    {
        Assert.NotNull(Synonyms.Group(asked));
        Assert.Equal(Synonyms.Group(asked), Synonyms.Group(told));
    }

    [Fact]
    public void Two_countries_do_not_meet() =>
        Assert.NotEqual(Synonyms.Group("norwegian"), Synonyms.Group("sweden"));
}
