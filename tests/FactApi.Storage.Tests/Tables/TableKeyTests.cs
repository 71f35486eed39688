using FactApi.Storage.Tables;

namespace FactApi.Storage.Tests.Tables;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain-id")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("tilde~0041 stays")]
    [InlineData("pipe|inside")]
    [InlineData("control\u0001\u001f\u007f\u0085chars")]
    [InlineData("Zelénskyy \U0001F600")]
    [InlineData("")]
    public void Encoding_removes_forbidden_characters_and_round_trips(string value)
    {
        var key = TableKey.Encode(value);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(value, TableKey.Decode(key));
    }

    [Fact]
    public void Over_long_values_get_a_bounded_unique_key()
    {
        var a = new string('a', 5000);
        var b = new string('a', 4999) + "b";

        Assert.InRange(TableKey.Encode(a).Length, 1, TableKey.MaxLength);
        Assert.NotEqual(TableKey.Encode(a), TableKey.Encode(b));
        Assert.Equal(TableKey.Encode(a), TableKey.Encode(a));
        Assert.Null(TableKey.Decode(TableKey.Encode(a)));
    }

    [Fact]
    public void Joined_parts_never_run_together()
    {
        Assert.NotEqual(TableKey.Join("a|b", "c"), TableKey.Join("a", "b|c"));
    }
}
