using FactApi.Core.Extraction.Claims;

namespace FactApi.Core.Tests.Extraction.Claims;

public class ClaimTextTests
{
    [Theory]
    [InlineData("``Job creation at the port is sturdy,''", "Job creation at the port is sturdy")]
    [InlineData("\u201CWe will reopen the port,\u201D", "We will reopen the port")]
    [InlineData("that the ferry would run.", "that the ferry would run")]
    [InlineData("the port was ready for \u201Cserious talks.\u201D", "the port was ready for \u201Cserious talks\u201D")]
    [InlineData("serious talks\u201D aimed at a deal", "\u201Cserious talks\u201D aimed at a deal")]
    [InlineData("the plan was \"a fraud.\"", "the plan was \"a fraud\"")]
    [InlineData("the \u201Cbrazen\u201D breach", "the \u201Cbrazen\u201D breach")]
    [InlineData("both plans as a stunt, and", "both plans as a stunt")]
    [InlineData("fraud\" aimed at a deal", "fraud\" aimed at a deal")]
    [InlineData("a 55\" television was stolen", "a 55\" television was stolen")]
    [InlineData("\"We will go,\" he said", "\"We will go,\" he said")]
    public void Trims_the_edges_and_keeps_inner_quotations_whole(string content, string expected) =>
        Assert.Equal(expected, ClaimText.Clean(content));
}
