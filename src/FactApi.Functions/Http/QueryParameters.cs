using System.Globalization;
using FactApi.Core.Model;
using Microsoft.AspNetCore.Http;

namespace FactApi.Functions.Http;

/// <summary>Reads and checks query parameters; anything unusable is a <see cref="BadParameterException"/> naming it.</summary>
public sealed class QueryParameters(HttpRequest request)
{
    public const int MaxTextLength = 200;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public string? Text(string name)
    {
        var values = request.Query[name];
        if (values.Count > 1)
        {
            throw new BadParameterException(name, $"'{name}' was given {values.Count} times; give it once.");
        }

        var value = values.ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Length > MaxTextLength || value.Any(char.IsControl)
            ? throw new BadParameterException(name, $"'{name}' must be at most {MaxTextLength} characters of text.")
            : value.Trim();
    }

    /// <summary>Free text or a name: it must have a letter or digit, or it would match everything.</summary>
    public string? SearchText(string name)
    {
        var text = Text(name);
        return text is null || text.Any(char.IsLetterOrDigit)
            ? text
            : throw new BadParameterException(name, $"'{name}' must contain a letter or digit.");
    }

    public int Limit()
    {
        var text = Text("limit");
        if (text is null)
        {
            return DefaultLimit;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit
            ? limit
            : throw new BadParameterException("limit", $"'limit' must be a whole number from 1 to {MaxLimit}.");
    }

    public string? Cursor()
    {
        var values = request.Query["cursor"];
        var value = values.ToString();
        return string.IsNullOrEmpty(value) ? null
            : value.Length > 2048 || values.Count > 1 ? throw new BadParameterException("cursor", "'cursor' is not one this API issued.")
            : value;
    }

    /// <summary>yyyy, yyyy-MM or yyyy-MM-dd: the first day of that period.</summary>
    public DateOnly? From() => Date("from")?.Start;

    /// <summary>yyyy, yyyy-MM or yyyy-MM-dd: the last day of that period.</summary>
    public DateOnly? To() => Date("to")?.End;

    public ActorKind? Kind()
    {
        var text = Text("kind");
        return text is null ? null
                        // Names only: Enum.TryParse also takes numbers ("0", "-0", " 1"), which would pick a kind by its position.
            : text.All(char.IsAsciiLetter) && Enum.TryParse<ActorKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind
            : throw new BadParameterException("kind", "'kind' must be person, organization, country or group.");
    }

    public static void CheckRange(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && from > to)
        {
            throw new BadParameterException("from", "'from' is after 'to'.");
        }
    }

    private TemporalValue? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        return text.Length is 4 or 7 or 10 && TemporalValue.TryParse(text, out var value) && value.Precision is DatePrecision.Year or DatePrecision.Month or DatePrecision.Day
            ? value
            : throw new BadParameterException(name, $"'{name}' must be a real date as yyyy, yyyy-MM or yyyy-MM-dd.");
    }
}
