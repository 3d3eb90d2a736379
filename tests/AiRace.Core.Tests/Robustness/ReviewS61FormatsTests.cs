using System.Text.Json;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Review s61 (formats): each test fails today and names the promise it holds the library to.</summary>
public class ReviewS61FormatsTests
{
    // ExchangeRateFile: anything the reader does not accept is an ExchangeRateFileException naming the line and column.
    [Fact]
    public void List_with_both_directions_of_a_pair_on_one_day_is_a_file_error_at_the_second()
    {
        const string text = "date,base,quote,rate\n2025-07-28,USD,CNY,7.1\n2025-07-28,CNY,USD,0.14\n";
        Action read = () => ExchangeRateFile.ReadList(new StringReader(text), "l.csv", "me", "s");
        ExchangeRateFileException e = read.Should().Throw<ExchangeRateFileException>().Which;
        (e.Line, e.Column).Should().Be((3, 1));
        e.Reason.Should().Contain("USD/CNY").And.Contain("line 2");
    }
}
