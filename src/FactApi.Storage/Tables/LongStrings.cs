using Azure.Data.Tables;

namespace FactApi.Storage.Tables;

/// <summary>
/// A string longer than one property may hold (64 KiB), kept over numbered properties of one entity
/// (<c>Keys0</c>, <c>Keys1</c>, ...). An entity holds at most 1 MiB and a character takes two bytes, so at most
/// <see cref="MaxProperties"/> properties of <see cref="CharsPerProperty"/> characters (900 KB) are used, leaving
/// room for the entity's other properties.
/// </summary>
internal static class LongStrings
{
    public const int CharsPerProperty = 30_000;
    public const int MaxProperties = 15;

    /// <summary>The most characters <see cref="TryWrite"/> can keep.</summary>
    public const int MaxLength = CharsPerProperty * MaxProperties;

    /// <summary>The string kept under <paramref name="property"/>; null when the entity has none.</summary>
    public static string? Read(TableEntity entity, string property)
    {
        if (entity.GetString(property + 0) is not { } first)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(first);
        for (var i = 1; entity.GetString(property + i) is { } more; i++)
        {
            text.Append(more);
        }

        return text.ToString();
    }

    /// <summary>Puts <paramref name="text"/> on the entity in as many properties as it needs; false (and nothing written) when it is too long.</summary>
    public static bool TryWrite(TableEntity entity, string property, string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var parts = (text.Length + CharsPerProperty - 1) / CharsPerProperty;
        for (var i = 0; i < parts; i++)
        {
            entity[property + i] = text.Substring(i * CharsPerProperty, Math.Min(CharsPerProperty, text.Length - i * CharsPerProperty));
        }

        return true;
    }
}
