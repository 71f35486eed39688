using System.Globalization;
using System.Text.Json;
using FactApi.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Answering;

/// <summary>
/// GET /api/ask?q=&amp;asOf= and POST /api/ask {"question", "asOf"}: a plain-English question answered from stored
/// facts only, with the evidence sentences, or declined with the reason. Relative dates resolve against asOf.
/// </summary>
public sealed class Ask(AnswererCache answerers, TimeProvider clock)
{
    public const int MaxQuestion = 500;
    private const int MaxBody = 8 * 1024;

    [Function(nameof(Ask))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "ask")] HttpRequest request, CancellationToken cancellationToken)
    {
        string? question;
        string? asOfText;
        if (HttpMethods.IsPost(request.Method))
        {
            if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "POST /api/ask takes application/json: {\"question\": \"...\", \"asOf\": \"yyyy-MM-dd\"}.");
            }

            if (request.ContentLength is > MaxBody)
            {
                return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body must be at most {MaxBody} bytes.");
            }

            var body = new char[MaxBody + 1];
            using var reader = new StreamReader(request.Body);
            var read = await reader.ReadBlockAsync(body, cancellationToken);
            if (read > MaxBody)
            {
                return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body must be at most {MaxBody} bytes.");
            }

            try
            {
                var parsed = JsonSerializer.Deserialize(new string(body, 0, read), ApiJsonContext.Default.AskRequest);
                (question, asOfText) = (parsed?.Question, parsed?.AsOf);
            }
            catch (JsonException)
            {
                return Problems.BadRequest("body", "The body must be JSON like {\"question\": \"...\", \"asOf\": \"yyyy-MM-dd\"}.");
            }
        }
        else
        {
            (question, asOfText) = (request.Query["q"].ToString(), request.Query["asOf"].ToString());
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            return Problems.BadRequest(HttpMethods.IsPost(request.Method) ? "question" : "q", "Ask a question, e.g. \"When are the talks in Istanbul?\".");
        }

        if (question.Length > MaxQuestion || question.Any(char.IsControl))
        {
            return Problems.BadRequest(HttpMethods.IsPost(request.Method) ? "question" : "q", $"A question is at most {MaxQuestion} characters of text.");
        }

        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrEmpty(asOfText) && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            return Problems.BadRequest("asOf", "'asOf' must be a real date as yyyy-MM-dd.");
        }

        var answerer = await answerers.GetAsync(cancellationToken);
        return new OkObjectResult(AskResponse.From(answerer.Ask(question.Trim(), asOf), asOf));
    }
}
