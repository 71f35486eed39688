using System.Net;
using FactApi.Functions.Tests.Support;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

public sealed class ClaimRoutesTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("dmitry-peskov")]
    [InlineData("Peskov")]
    [InlineData("Dmitri Peskov")]
    [InlineData("kremlin spokesman")]
    public async Task Speaker_takes_an_id_or_any_alias(string speaker)
    {
        var claims = await api.ItemsAsync($"api/claims?speaker={Uri.EscapeDataString(speaker)}");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("dmitry-peskov", c.GetProperty("speaker").GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task An_unknown_speaker_gives_no_claims_rather_than_someone_elses()
    {
        Assert.Empty(await api.ItemsAsync("api/claims?speaker=Somebody%20Unheard-of"));
    }

    [Fact]
    public async Task A_claim_keeps_its_numbers_and_cites_the_sentence_it_came_from()
    {
        var claims = await api.ItemsAsync("api/claims?topic=ceasefire%20violations&limit=100");
        var counted = claims.Where(c => c.GetProperty("numbers").GetArrayLength() > 0).ToList();

        Assert.True(counted.Count >= 2, "both sides' counts of breaches");
        foreach (var claim in counted)
        {
            var number = claim.GetProperty("numbers")[0];
            var evidence = claim.GetProperty("evidence");
            Assert.Contains(number.GetProperty("text").GetString()!, evidence.GetProperty("sentence").GetString(), StringComparison.Ordinal);
            Assert.True(evidence.GetProperty("end").GetInt32() > evidence.GetProperty("start").GetInt32());
        }
    }

    [Fact]
    public async Task A_claim_is_read_by_id_and_an_unknown_id_is_a_404()
    {
        var first = (await api.ItemsAsync("api/claims?limit=1"))[0];
        var id = first.GetProperty("id").GetString();

        var claim = await api.GetJsonAsync($"api/claims/{id}");

        Assert.Equal(first.GetProperty("content").GetString(), claim.GetProperty("content").GetString());
        await HttpAssert.ProblemAsync(await api.Client.GetAsync("api/claims/c-0000000000000000"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Claims_filter_by_date_range_source_and_text()
    {
        var all = await api.ItemsAsync("api/claims?limit=100");
        var inMay = await api.ItemsAsync("api/claims?from=2025-05&to=2025-05&limit=100");
        var source = all[0].GetProperty("evidence").GetProperty("sourceId").GetString();
        var bySource = await api.ItemsAsync($"api/claims?source={source}&limit=100");
        var before = await api.ItemsAsync("api/claims?to=2024&limit=100");

        Assert.Equal(all.Count, inMay.Count);
        Assert.Empty(before);
        Assert.All(bySource, c => Assert.Equal(source, c.GetProperty("evidence").GetProperty("sourceId").GetString()));
        Assert.InRange(bySource.Count, 1, all.Count - 1);
        var withWord = await api.ItemsAsync("api/claims?q=confrontational");
        Assert.All(withWord, c => Assert.Contains("confrontational", c.GetProperty("content").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_rated_claim_is_a_schema_org_ClaimReview_in_json_ld()
    {
        var rated = (await api.ItemsAsync("api/claims?limit=100")).First(c => c.TryGetProperty("rating", out _));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/claims/{rated.GetProperty("id").GetString()}");
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/ld+json"));

        var response = await api.Client.SendAsync(request);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var jsonLd = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://schema.org", jsonLd.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", jsonLd.GetProperty("@type").GetString());
        Assert.Equal(rated.GetProperty("rating").GetString(), jsonLd.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("Claim", jsonLd.GetProperty("itemReviewed").GetProperty("@type").GetString());
    }
}
