namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>The three span kinds of an attribution, each tagged by its own layer, cues first.</summary>
internal enum AttributionRole
{
    Cue = 0,
    Source = 1,
    Content = 2,
}
