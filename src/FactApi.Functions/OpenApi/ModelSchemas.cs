using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace FactApi.Functions.OpenApi;

/// <summary>
/// JSON Schemas for response types, read from the same System.Text.Json contracts that write the responses
/// (names, which properties, nullability), so the document shows what the API sends rather than a copy of it.
/// Records and enums become components and are referenced; primitives and lists are inline.
/// </summary>
internal sealed class ModelSchemas(OpenApiDocument document, JsonSerializerOptions options)
{
    private readonly Dictionary<Type, string> names = [];

    public IDictionary<string, IOpenApiSchema> Components { get; } = new SortedDictionary<string, IOpenApiSchema>(StringComparer.Ordinal);

    /// <summary>Adds a schema written by hand (for types whose contract is not a plain record) under this name.</summary>
    public IOpenApiSchema Add(string name, OpenApiSchema schema)
    {
        Components.Add(name, schema);
        return new OpenApiSchemaReference(name, document);
    }

    public IOpenApiSchema For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Primitive(type) is { } primitive)
        {
            return primitive;
        }

        if (type.IsEnum)
        {
            return Reference(type, () => Enum(type));
        }

        if (typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(type))
        {
            // An answer's value is typed by the answer's type: a date, actor ids, a number with qualifier, a list.
            return new OpenApiSchema { Description = "Any JSON value; its shape follows the answer type (date, place, actor, number, quote, role, list)." };
        }

        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => new OpenApiSchema { Type = JsonSchemaType.Array, Items = For(info.ElementType!) },
            JsonTypeInfoKind.Dictionary => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = For(info.ElementType!) },
            JsonTypeInfoKind.Object => Reference(type, () => Object(info)),
            _ => throw new NotSupportedException($"No OpenAPI schema for {type}: add it to {nameof(ModelSchemas)}."),
        };
    }

    private OpenApiSchemaReference Reference(Type type, Func<OpenApiSchema> build)
    {
        if (!names.TryGetValue(type, out var name))
        {
            name = ComponentName(type);
            if (Components.ContainsKey(name))
            {
                throw new InvalidOperationException($"Two response types would share the OpenAPI schema name '{name}'.");
            }

            // Named before it is built, so a type that refers to itself gets a reference, not endless recursion.
            names.Add(type, name);
            Components.Add(name, new OpenApiSchema());
            Components[name] = build();
        }

        return new OpenApiSchemaReference(name, document);
    }

    private OpenApiSchema Object(JsonTypeInfo info)
    {
        var properties = info.Properties.Where(p => p.Get is not null).ToList();
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = properties.ToDictionary(p => p.Name, p => For(p.PropertyType), StringComparer.Ordinal),
            // Nulls are left out of responses, so a nullable property is an absent one, never a null.
            Required = new SortedSet<string>(properties.Where(p => !p.IsGetNullable).Select(p => p.Name), StringComparer.Ordinal),
        };
    }

    private static OpenApiSchema Enum(Type type) => new()
    {
        Type = JsonSchemaType.String,
        Enum = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (JsonNode)JsonValue.Create(f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)!)
            .ToList(),
    };

    private static OpenApiSchema? Primitive(Type type) =>
        type == typeof(string) ? new() { Type = JsonSchemaType.String }
        : type == typeof(bool) ? new() { Type = JsonSchemaType.Boolean }
        : type == typeof(int) ? new() { Type = JsonSchemaType.Integer, Format = "int32" }
        : type == typeof(long) ? new() { Type = JsonSchemaType.Integer, Format = "int64" }
        : type == typeof(double) ? new() { Type = JsonSchemaType.Number, Format = "double" }
        : type == typeof(decimal) ? new() { Type = JsonSchemaType.Number }
        : type == typeof(DateOnly) ? new() { Type = JsonSchemaType.String, Format = "date" }
        : type == typeof(DateTimeOffset) || type == typeof(DateTime) ? new() { Type = JsonSchemaType.String, Format = "date-time" }
        : type == typeof(Uri) ? new() { Type = JsonSchemaType.String, Format = "uri" }
        : null;

    /// <summary><c>ListResponse&lt;Actor&gt;</c> is <c>ActorListResponse</c>; other types keep their C# name.</summary>
    private static string ComponentName(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(ComponentName)) + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
            : type.Name;
}
