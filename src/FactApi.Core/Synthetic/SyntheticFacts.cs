namespace FactApi.Core.Synthetic;

/// <summary>
/// Realistic synthetic stores of any size for benchmarks and load tests: the same claim count and seed always
/// give the same actors, articles, texts, ids and evidence spans. Articles are about a pool of topics about
/// 25 claims deep, speakers repeat with a skew (a few officials say most), and the two sides of a topic give
/// counts that differ, so disputes appear as in real coverage.
/// </summary>
public static class SyntheticFacts
{
    private const int ClaimsPerTopic = 25;
    private const int MinClaimsPerArticle = 6;
    private const int MaxClaimsPerArticle = 14;

    public static SyntheticStore Generate(int claims, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(claims);
        var patterns = SyntheticPatterns.Default;
        var random = new Random(seed);
        var cast = SyntheticCast.Create(claims, random, patterns);
        var topics = patterns.Subjects.SelectMany(s => cast.Cities.Select(c => Topic(s, c, cast, random))).ToArray();
        random.Shuffle(topics);
        var topicCount = Math.Clamp(claims / ClaimsPerTopic, 1, topics.Length);
        var writer = new ArticleWriter(patterns, random);
        var sets = new List<Core.Facts.FactSet>();
        for (var written = 0; written < claims;)
        {
            var count = Math.Min(claims - written, random.Next(MinClaimsPerArticle, MaxClaimsPerArticle + 1));
            sets.Add(writer.Write($"syn-{seed}-{sets.Count + 1:00000}", topics[random.Next(topicCount)], count));
            written += count;
        }

        return new SyntheticStore(cast.Actors.ToList(), sets);
    }

    private static SyntheticTopic Topic(SubjectPattern subject, string place, SyntheticCast cast, Random random)
    {
        var first = random.Next(cast.Countries.Count);
        var second = (first + 1 + random.Next(cast.Countries.Count - 1)) % cast.Countries.Count;
        return new SyntheticTopic(subject, place, cast.Countries[first], cast.Countries[second]);
    }
}
