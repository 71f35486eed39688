using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction;

/// <summary>Turns a source's text into facts, each citing its sentence. Swappable: the refresh depends only on this.</summary>
public interface IFactExtractor
{
    FactSet Extract(ExtractionInput input, Source source);
}
