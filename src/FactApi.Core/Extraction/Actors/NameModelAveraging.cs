namespace FactApi.Core.Extraction.Actors;

/// <summary>
/// The mean of several models' weights (a feature missing from a model counts as zero there). Averaging
/// perceptrons trained on different document orders smooths out the luck of any one order.
/// </summary>
internal static class NameModelAveraging
{
    public static NameModel Average(IReadOnlyList<NameModel> models, float threshold)
    {
        var sums = new Dictionary<uint, float[]>();
        foreach (var model in models)
        {
            foreach (var (key, indexes, weights) in model.QuantisedRows())
            {
                if (!sums.TryGetValue(key, out var row))
                {
                    sums[key] = row = new float[TagScores.Width];
                }

                for (var k = 0; k < indexes.Length; k++)
                {
                    row[indexes[k]] += weights[k] * model.Scale / models.Count;
                }
            }
        }

        var words = models.SelectMany(m => m.Vocabulary.Hashes).Distinct();
        return NameModel.FromDense(sums.Select(pair => (pair.Key, 0, pair.Value)), threshold, new Vocabulary(words));
    }
}
