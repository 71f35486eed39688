using FactApi.Core.Answering;

namespace FactApi.Core.Tests.Answering;

/// <summary>
/// Offices of a company the article names in full once and by its first word after: asked about in any written form
/// of the title, and of the company by either name.
/// </summary>
public sealed class CompanyOfficeTests
{
    private const string Text =
        "Valdrun Chocolatier AG said on Tuesday that net profit fell to 212 million francs. " +
        "Shares in Valdrun closed down 6.3 percent in Zurich. " +
        "\"This was a hard year for cocoa,\" chief executive Ilse Marbach, 51, told analysts on a call. " +
        "The Kestrel Growers Union (KGU) rejected the price. " +
        "Osric Pellow, 45, is chairman of the KGU. He said farmers were paid too little.";

    private static readonly Lazy<QuestionAnswerer> Answerer = new(() => TestArticle.Answerer(Text));

    [Theory]
    [InlineData("Who is the chief executive of Valdrun?", "Ilse Marbach")]
    [InlineData("Who is the CEO of Valdrun Chocolatier AG?", "Ilse Marbach")]
    [InlineData("Who is the chairman of the Kestrel Growers Union?", "Osric Pellow")]
    [InlineData("Who chairs the KGU?", "Osric Pellow")]
    public void A_bare_office_is_the_company_s_named_before_it(string question, string holder)
    {
        var answer = Answerer.Value.Ask(question, new DateOnly(2031, 4, 3));

        Assert.True(answer.Answered, answer.Reason);
        Assert.StartsWith(holder, answer.Body!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_the_company_has_no_holder_of_stays_unknown()
    {
        var answer = Answerer.Value.Ask("Who is the chief financial officer of Valdrun?", new DateOnly(2031, 4, 3));

        Assert.False(answer.Answered, answer.Body?.Text);
    }
}
