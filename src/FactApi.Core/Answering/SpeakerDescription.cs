using System.Text.RegularExpressions;

namespace FactApi.Core.Answering;

/// <summary>
/// "The municipal utility, Servicios de Agua de Valdecañas (SAV), says ...", "the power company Landsorka says ...":
/// the common noun a sentence puts before a speaker's name says what the speaker is, and "according to the utility"
/// asks by it. The claim's speaker is the name alone; these are the description's words.
/// </summary>
internal static partial class SpeakerDescription
{
    public static string? Of(string sentence, string speaker)
    {
        var at = speaker.Length == 0 ? -1 : sentence.IndexOf(speaker, StringComparison.Ordinal);
        return at > 0 && Before().Match(sentence, 0, at) is { Success: true } match ? match.Groups["words"].Value : null;
    }

    // A determiner, then up to four lower-case words running up to the name, a comma between them allowed.
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?<words>(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*),?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Before();
}
