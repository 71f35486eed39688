using Azure;
using FactApi.Cli.Commands;
using FactApi.Core.Facts;

namespace FactApi.Cli.Tests.Commands;

public class CliErrorsTests
{
    [Fact]
    public void Unreachable_storage_after_retries_is_one_line_saying_what_to_do()
    {
        var retries = new AggregateException("Retry failed after 4 tries.", new RequestFailedException("Connection refused (127.0.0.1:10002)"), new RequestFailedException("Connection refused (127.0.0.1:10002)"));

        var message = CliErrors.Describe(retries);

        Assert.NotNull(message);
        Assert.Contains("cannot reach Azure Storage (Connection refused (127.0.0.1:10002))", message, StringComparison.Ordinal);
        Assert.Contains("--connection", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_storage_answer_keeps_its_status_and_code()
    {
        var message = CliErrors.Describe(new InvalidOperationException("writing failed", new RequestFailedException(403, "Server failed to authenticate the request.", "AuthenticationFailed", null)));

        Assert.Equal("factapi: Azure Storage answered 403 AuthenticationFailed: Server failed to authenticate the request.", message);
    }

    [Fact]
    public void A_mistake_in_a_curated_file_is_its_message_in_one_line()
    {
        var message = CliErrors.Describe(new FactFileException("sources.json: not valid JSON for a source manifest: $.sources[0].publishedAt\nmore"));

        Assert.Equal("factapi: sources.json: not valid JSON for a source manifest: $.sources[0].publishedAt ('factapi sources validate' lists every problem of a manifest).", message);
    }

    [Fact]
    public void Any_other_exception_is_left_to_show_in_full() =>
        Assert.Null(CliErrors.Describe(new InvalidOperationException("a bug")));
}
