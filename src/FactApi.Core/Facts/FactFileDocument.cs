namespace FactApi.Core.Facts;

/// <summary>The JSON a curator writes for a <c>facts</c> source (see curated/README.md).</summary>
public sealed class FactFileDocument
{
    public FactFileSource? Source { get; set; }

    public List<FactFileRole> Roles { get; set; } = [];

    public List<FactFileEvent> Events { get; set; } = [];

    public List<FactFileClaim> Claims { get; set; } = [];
}

public sealed class FactFileSource
{
    public string? Id { get; set; }

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? PublishedAt { get; set; }

    /// <summary>Path of the article text, relative to the fact file.</summary>
    public string? Text { get; set; }
}

public sealed class FactFileRole
{
    public string? Actor { get; set; }

    public string? Title { get; set; }

    public string? Of { get; set; }

    public string? Sentence { get; set; }
}

public sealed class FactFileEvent
{
    public string? What { get; set; }

    public string? When { get; set; }

    public string? Place { get; set; }

    public List<string> Actors { get; set; } = [];

    public string? Sentence { get; set; }
}

public sealed class FactFileClaim
{
    public string? Speaker { get; set; }

    public string? SpeakerText { get; set; }

    public string? Cue { get; set; }

    public string? Content { get; set; }

    public string? Form { get; set; }

    public string? SaidOn { get; set; }

    public string? Topic { get; set; }

    public List<FactFileNumber> Numbers { get; set; } = [];

    public string? Sentence { get; set; }

    public string? Rating { get; set; }
}

public sealed class FactFileNumber
{
    public decimal Value { get; set; }

    public string? Qualifier { get; set; }

    public string? Unit { get; set; }

    public string? Text { get; set; }
}
