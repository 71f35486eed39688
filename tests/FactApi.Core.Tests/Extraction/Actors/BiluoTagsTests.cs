using FactApi.Core.Extraction.Actors;

namespace FactApi.Core.Tests.Extraction.Actors;

public class BiluoTagsTests
{
    [Fact]
    public void Spans_round_trip_through_tags()
    {
        NameSpan[] names = [new(0, 2, NameLabels.Person), new(3, 1, NameLabels.Location), new(4, 3, NameLabels.Organization)];
        var tags = new byte[8];
        BiluoTags.Encode(names, tags);
        Assert.Equal(names, BiluoTags.Decode(tags));
    }

    [Fact]
    public void An_open_name_must_continue_or_close()
    {
        var beginPerson = BiluoTags.Make(0, 0);
        Assert.False(BiluoTags.Allowed(beginPerson, BiluoTags.Outside, isLast: false));
        Assert.True(BiluoTags.Allowed(beginPerson, BiluoTags.Make(0, 2), isLast: true));
        Assert.False(BiluoTags.Allowed(beginPerson, BiluoTags.Make(1, 2), isLast: false));
        Assert.False(BiluoTags.Allowed(BiluoTags.Outside, beginPerson, isLast: true));
    }
}
