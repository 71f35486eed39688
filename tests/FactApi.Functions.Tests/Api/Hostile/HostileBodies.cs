using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>
/// Request bodies built from an operation's documented JSON schema: malformed JSON, each property missing, of
/// the wrong type, or holding a hostile or generated string; 2 MB bodies with and without a length; wrong
/// content types; invalid UTF-8.
/// </summary>
public static class HostileBodies
{
    public const int GeneratedPerProperty = 30;

    public static IEnumerable<(string What, Func<HttpContent> Content)> For(JsonElement schema)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(x => (x.Name, Schema: x.Value)).ToList() : [];
        foreach (var text in new[] { "", "{", "[", "{not json", "null", "42", "\"text\"", "[]", "[{}]", "{\"a\":}", "{},", "{}{}", "{\"x\":1,}", new string('[', 10_000), "\uFEFF{}" })
        {
            yield return ($"malformed {HostileValues.Describe(text)}", () => Json(text));
        }

        yield return ("no properties", () => Json("{}"));
        yield return ("unknown property", () => Json("{\"unexpected\": \"value\"}"));
        foreach (var (name, propertySchema) in properties)
        {
            foreach (var wrong in new[] { "42", "-1e400", "true", "[]", "[\"a\"]", "{}", "null" })
            {
                yield return ($"{name}: {wrong}", () => Json($"{{\"{name}\": {wrong}}}"));
            }

            yield return ($"{name} twice", () => Json($"{{\"{name}\": \"a\", \"{name}\": \"b\"}}"));
            yield return ($"{name}: lone surrogate", () => Json($"{{\"{name}\": \"\\ud800 x\"}}"));
            foreach (var value in HostileValues.Fixed.Concat(GeneratedValues.For("body:" + name, propertySchema, GeneratedPerProperty)))
            {
                yield return ($"{name}: {HostileValues.Describe(value)}", () => Json($"{{\"{name}\": {Literal(value)}}}"));
            }
        }

        var huge = "{\"" + (properties.FirstOrDefault().Name ?? "x") + "\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";
        yield return ("2 MB with a length", () => Json(huge));
        yield return ("2 MB chunked", () => new ChunkedContent(Encoding.UTF8.GetBytes(huge), "application/json"));
        yield return ("2 MB of spaces", () => Json(new string(' ', 2 * 1024 * 1024)));
        yield return ("invalid UTF-8", () => Bytes([0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D], "application/json"));
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-32" })
        {
            yield return ($"as {type}", () => Bytes(Encoding.UTF8.GetBytes("{}"), type));
        }

        yield return ("no content type", () => Bytes(Encoding.UTF8.GetBytes("{}"), null));
    }

    /// <summary>A JSON string literal of any UTF-16 text, lone surrogates included, escaped so the sender cannot refuse it.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return text.Append('"').ToString();
    }

    private static ByteArrayContent Json(string text) => Bytes(Encoding.UTF8.GetBytes(text), "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string? type)
    {
        var content = new ByteArrayContent(bytes);
        if (type is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        return content;
    }

    /// <summary>A body sent without Content-Length (chunked), so the server learns its size only by reading it.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(byte[] bytes, string type)
        {
            this.bytes = bytes;
            Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
