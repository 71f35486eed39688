using FactApi.Functions.Http;

namespace FactApi.Functions.Tests.Http;

public sealed class ResponseCacheTests
{
    private static CachedResponse Answer(int size = 10) => new("application/json; charset=utf-8", new byte[size], "\"e\"", null);

    [Fact]
    public void An_answer_is_found_by_its_version_and_key_only()
    {
        var cache = new ResponseCache();
        var answer = Answer();

        cache.Add("v1", "/api/actors/x\n", answer);

        Assert.True(cache.TryGet("v1", "/api/actors/x\n", out var found));
        Assert.Same(answer, found);
        Assert.False(cache.TryGet("v1", "/api/actors/y\n", out _));
        Assert.False(cache.TryGet("v2", "/api/actors/x\n", out _));
    }

    [Fact]
    public void A_new_version_drops_every_answer_of_the_old_one()
    {
        var cache = new ResponseCache();
        cache.Add("v1", "a", Answer());

        cache.Add("v2", "b", Answer());

        Assert.False(cache.TryGet("v1", "a", out _));
        Assert.False(cache.TryGet("v2", "a", out _));
        Assert.True(cache.TryGet("v2", "b", out _));
    }

    [Fact]
    public void Answers_past_the_byte_budget_are_not_kept()
    {
        var cache = new ResponseCache();
        cache.Add("v1", "big", Answer((int)ResponseCache.MaxBytes));

        cache.Add("v1", "more", Answer());

        Assert.True(cache.TryGet("v1", "big", out _));
        Assert.False(cache.TryGet("v1", "more", out _));
    }
}
