using FactApi.Core.Model;
using FactApi.Core.Refresh;

namespace FactApi.Functions.Http;

/// <summary>/sources/{id}: the source and its most recent refresh results, newest first.</summary>
public sealed record SourceDetail(Source Source, IReadOnlyList<SourceRunResult> RecentRuns);
