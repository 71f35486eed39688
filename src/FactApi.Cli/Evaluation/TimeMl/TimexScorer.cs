namespace FactApi.Cli.Evaluation.TimeMl;

/// <summary>
/// Accumulates TempEval-3 entity scoring over documents. Strict extent: same span. Relaxed extent: gold and
/// prediction overlap, paired one to one (largest overlap first). Value and type are judged on relaxed pairs.
/// Per-type scores pair only gold and predictions of that type. Pure: no I/O, so it is unit-tested directly.
/// </summary>
internal sealed class TimexScorer
{
    public static readonly IReadOnlyList<string> Types = ["DATE", "TIME", "DURATION", "SET"];

    private readonly Dictionary<string, Counts> slices = new(StringComparer.Ordinal);

    /// <summary>Scores one document's predictions against its gold; returns that document's errors.</summary>
    public IReadOnlyList<TimexError> Add(IReadOnlyList<TimexSpan> gold, IReadOnlyList<TimexSpan> predicted)
    {
        var errors = Tally("ALL", gold, predicted);
        foreach (var type in Types)
        {
            Tally(type, [.. gold.Where(g => g.Type == type)], [.. predicted.Where(p => p.Type == type)]);
        }

        return errors;
    }

    /// <summary>Scores over everything added so far; <paramref name="type"/> null for all types.</summary>
    public TimexScores Score(string? type = null)
    {
        var c = slices.GetValueOrDefault(type ?? "ALL") ?? new Counts();
        var relaxed = ExtentScore.From(c.Relaxed, c.Predicted, c.Relaxed, c.Gold);
        var valueAccuracy = c.Relaxed == 0 ? 0 : (double)c.ValueCorrect / c.Relaxed;
        return new TimexScores(
            ExtentScore.From(c.StrictPredicted, c.Predicted, c.StrictGold, c.Gold),
            relaxed,
            valueAccuracy * relaxed.F1,
            valueAccuracy,
            c.Relaxed == 0 ? 0 : (double)c.TypeCorrect / c.Relaxed,
            c.Gold,
            c.Predicted);
    }

    private List<TimexError> Tally(string slice, IReadOnlyList<TimexSpan> gold, IReadOnlyList<TimexSpan> predicted)
    {
        if (!slices.TryGetValue(slice, out var c))
        {
            slices[slice] = c = new Counts();
        }

        c.Gold += gold.Count;
        c.Predicted += predicted.Count;
        c.StrictGold += gold.Count(g => predicted.Any(p => p.Start == g.Start && p.End == g.End));
        c.StrictPredicted += predicted.Count(p => gold.Any(g => p.Start == g.Start && p.End == g.End));

        var errors = new List<TimexError>();
        var used = new bool[predicted.Count];
        foreach (var g in gold)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var i = 0; i < predicted.Count; i++)
            {
                var overlap = Math.Min(g.End, predicted[i].End) - Math.Max(g.Start, predicted[i].Start);
                if (!used[i] && overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                errors.Add(new TimexError(TimexErrorKind.Missed, g, null));
                continue;
            }

            used[best] = true;
            var p = predicted[best];
            c.Relaxed++;
            if (p.Value == g.Value)
            {
                c.ValueCorrect++;
            }
            else
            {
                errors.Add(new TimexError(TimexErrorKind.WrongValue, g, p));
            }

            if (p.Type == g.Type)
            {
                c.TypeCorrect++;
            }
            else if (p.Value == g.Value)
            {
                errors.Add(new TimexError(TimexErrorKind.WrongType, g, p));
            }

            if ((p.Start, p.End) != (g.Start, g.End) && p.Value == g.Value && p.Type == g.Type)
            {
                errors.Add(new TimexError(TimexErrorKind.WrongExtent, g, p));
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                errors.Add(new TimexError(TimexErrorKind.Spurious, null, predicted[i]));
            }
        }

        return errors;
    }

    private sealed class Counts
    {
        public int Gold { get; set; }

        public int Predicted { get; set; }

        public int StrictGold { get; set; }

        public int StrictPredicted { get; set; }

        public int Relaxed { get; set; }

        public int ValueCorrect { get; set; }

        public int TypeCorrect { get; set; }
    }
}
