using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Dates;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction;

/// <summary>One sentence with what earlier stages found in it; offsets of mentions and times are in the whole text.</summary>
internal sealed record SentenceView(int Start, int End, string Text, IReadOnlyList<ActorMention> Mentions, IReadOnlyList<TimeExpression> Times, IReadOnlyList<EntitySpan> Names);
