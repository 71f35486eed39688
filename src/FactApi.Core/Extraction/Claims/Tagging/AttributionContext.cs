using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Text;

namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>
/// What the attribution tagger knows of each token of an article, computed once: its word, shape and suffix as
/// hashes, lexicon classes, name label, quotation state, sentence, and the spans the rule-based finder gave
/// (the tagger learns when to trust them and what they miss).
/// </summary>
internal sealed class AttributionContext
{
    private static readonly IReadOnlyDictionary<ulong, byte> Classes = LoadClasses();

    private AttributionContext(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        var n = tokens.Count;
        Word = new ulong[n];
        Shape = new ulong[n];
        Suffix = new ulong[n];
        Class = new byte[n];
        WordClass = new ulong[n];
        Sense = new ushort[n];
        Entity = new byte[n];
        InQuote = new bool[n];
        SentenceOf = new int[n];
        ParagraphStart = new bool[n];
        CommasBefore = new int[n + 1];
        QuotesBefore = new int[n + 1];
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public ulong[] Word { get; }

    public ulong[] Shape { get; }

    public ulong[] Suffix { get; }

    /// <summary>Lexicon class: 0 none, 1 reporting verb, 2 "according"-like, 3 pronoun, 4 cue auxiliary.</summary>
    public byte[] Class { get; }

    /// <summary>Coarse part-of-speech class (<see cref="WordClasses"/>) as a hash.</summary>
    public ulong[] WordClass { get; }

    /// <summary>WordNet fields of the word (<see cref="WordSenses"/>), packed.</summary>
    public ushort[] Sense { get; }

    /// <summary>Name label: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC, 5 other.</summary>
    public byte[] Entity { get; }

    public bool[] InQuote { get; }

    public QuoteMap Quotes { get; private set; } = new("");

    public int[] SentenceOf { get; }

    public bool[] ParagraphStart { get; }

    /// <summary>Prefix counts of comma and quotation-mark tokens, to ask "is there one between i and j" in O(1).</summary>
    public int[] CommasBefore { get; }

    public int[] QuotesBefore { get; }

    /// <summary>Token ranges [First, Last] of the sentences.</summary>
    public List<(int First, int Last)> Sentences { get; } = [];

    /// <summary>The rule-based finder's tags per role (<see cref="AttributionRole"/> order).</summary>
    public byte[][] Rules { get; private set; } = [];

    /// <summary>The rule-based finder's attributions, kept for speakers the tagger cannot place.</summary>
    public IReadOnlyList<(TextSpan Source, TextSpan Cue, TextSpan Content)> RuleAttributions { get; private set; } = [];

    /// <summary>Those of the rule-based spans that layout marks (<see cref="Claims.LayoutAttributions"/>), added where the tagger finds no cue.</summary>
    public IReadOnlyList<(TextSpan Source, TextSpan Cue, TextSpan Content)> LayoutAttributions { get; private set; } = [];

    public int Count => Tokens.Count;

    /// <summary>The token range [First, Last] of the sentence holding token <paramref name="token"/> (the whole text when it has no sentences).</summary>
    public (int First, int Last) SentenceAround(int token) => Sentences.Count == 0 ? (0, Count - 1) : Sentences[SentenceOf[token]];

    /// <param name="tokens">The text's tokens when the caller has them already (the pipeline's document), else tokenised here.</param>
    public static AttributionContext Create(string text, IReadOnlyList<SentenceView> sentences, QuoteMap quotes, IReadOnlyList<(TextSpan Source, TextSpan Cue, TextSpan Content)> rules, IReadOnlyList<Token>? tokens = null, IReadOnlyList<(TextSpan Source, TextSpan Cue, TextSpan Content)>? layout = null)
    {
        tokens ??= Tokenizer.Tokenize(text);
        var context = new AttributionContext(text, tokens);
        context.Quotes = quotes;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].In(text);
            context.Word[i] = LowerHash(token);
            context.Shape[i] = ShapeHash(token);
            context.Suffix[i] = LowerHash(token.Length > 3 ? token[^3..] : token);
            context.Class[i] = Classes.GetValueOrDefault(context.Word[i]);
            context.WordClass[i] = WordClasses.Of(token, context.Word[i]);
            context.Sense[i] = WordSenses.Of(token, context.Word[i]);
            context.InQuote[i] = quotes.Inside(tokens[i].Start);
            context.ParagraphStart[i] = i == 0 || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');
            var isComma = token is "," or ";" or ":" or "\u2014" or "--";
            var isQuote = tokens[i].Kind == TokenKind.Quote || token is "\"" or "\u201C" or "\u201D";
            context.CommasBefore[i + 1] = context.CommasBefore[i] + (isComma ? 1 : 0);
            context.QuotesBefore[i + 1] = context.QuotesBefore[i] + (isQuote ? 1 : 0);
        }

        foreach (var sentence in sentences)
        {
            var first = SpanTags.FirstAtOrAfter(tokens, sentence.Start);
            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].Start < sentence.End)
            {
                last++;
            }

            if (first >= tokens.Count || tokens[first].Start >= sentence.End)
            {
                continue;
            }

            for (var t = first; t <= last; t++)
            {
                context.SentenceOf[t] = context.Sentences.Count;
            }

            context.Sentences.Add((first, last));
            foreach (var name in sentence.Names)
            {
                for (var t = SpanTags.FirstAtOrAfter(tokens, name.Start); t < tokens.Count && tokens[t].Start < name.End; t++)
                {
                    context.Entity[t] = name.Label switch { "PER" => 1, "ORG" => 2, "LOC" => 3, "MISC" => 4, _ => 5 };
                }
            }
        }

        context.RuleAttributions = rules;
        context.LayoutAttributions = layout ?? [];
        context.Rules =
        [
            SpanTags.FromSpans(tokens, rules.Select(r => r.Cue)),
            SpanTags.FromSpans(tokens, rules.Select(r => r.Source)),
            SpanTags.FromSpans(tokens, rules.Select(r => r.Content)),
        ];
        return context;
    }

    public static ulong LowerHash(ReadOnlySpan<char> token)
    {
        var h = FeatureHash.Seed;
        foreach (var c in token)
        {
            h = FeatureHash.Add(h, char.ToLowerInvariant(c) switch { '\u2019' => '\'', var l => l });
        }

        return h;
    }

    /// <summary>"Xxxx", "x", "d.d", "X.X.": character classes with repeats collapsed.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> token)
    {
        var h = FeatureHash.Seed;
        var previous = '\0';
        foreach (var c in token)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != previous)
            {
                h = FeatureHash.Add(h, s);
                previous = s;
            }
        }

        return h;
    }

    private static Dictionary<ulong, byte> LoadClasses()
    {
        var classes = new Dictionary<ulong, byte>();
        foreach (var (auxiliary, _) in Lexicon.Load("Claims.Resources.cue-auxiliaries.txt"))
        {
            classes[LowerHash(auxiliary)] = 4;
        }

        foreach (var (pronoun, _) in Lexicon.Load("Claims.Resources.pronouns.txt"))
        {
            classes[LowerHash(pronoun)] = 3;
        }

        foreach (var (cue, kind) in Lexicon.Load("Claims.Resources.cues.txt"))
        {
            var first = cue.Split(' ')[0];
            classes[LowerHash(first)] = kind == "source" ? (byte)2 : (byte)1;
        }

        return classes;
    }
}
