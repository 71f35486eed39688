using System.Text.RegularExpressions;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Api;

public sealed partial class HttpFileTests
{
    [Fact]
    public void The_http_file_exercises_every_route_in_the_openapi_table()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "FactApi.http"));
        var requested = RequestLine().Matches(text).Select(m => m.Groups["path"].Value).ToList();
        var routes = typeof(FactApi.Functions.Composition.FactApiServiceCollectionExtensions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttributes(typeof(Microsoft.Azure.Functions.Worker.HttpTriggerAttribute), false).Cast<Microsoft.Azure.Functions.Worker.HttpTriggerAttribute>().FirstOrDefault())
            .OfType<Microsoft.Azure.Functions.Worker.HttpTriggerAttribute>()
            .Select(a => a.Route!)
            .ToList();

        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape(route), @"\\\{[^}]+\}", "[^/?]+") + @"(\?.*)?$");
            Assert.True(requested.Any(pattern.IsMatch), $"FactApi.http has no request for /api/{route}");
        }
    }

    [GeneratedRegex(@"^(?:GET|POST|PUT|DELETE) \{\{base\}\}/(?<path>\S+)", RegexOptions.Multiline)]
    private static partial Regex RequestLine();
}
