using System.Xml;

namespace FactApi.Ingestion.Parsing;

/// <summary>
/// The one way sources' XML is read: no DTD at all (so no external entities and no entity-expansion bombs), no
/// resolver, and caps that still hold if a later change lets a DTD through.
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 50L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Create(string xml) => XmlReader.Create(new StringReader(xml), Settings);
}
