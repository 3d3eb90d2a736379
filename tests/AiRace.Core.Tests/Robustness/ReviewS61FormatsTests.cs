using System.Text.Json;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Review s61 (formats): each test fails today and names the promise it holds the library to.</summary>
public class ReviewS61FormatsTests
{
    // JSON round-trips every value a ReportedAmount can hold; today a stated text with half a surrogate pair is accepted
    // by WithStatedText and written as U+FFFD, so the value read back differs (silently changed).
    [Fact]
    public void Reported_amount_with_half_a_surrogate_pair_in_its_stated_text_is_refused_or_round_trips()
    {
        ReportedAmount value;
        try
        {
            value = ReportedAmount.Create(AmountQualifier.Exact, Money.Cny(1)).WithStatedText("one \ud800");
        }
        catch (ArgumentException)
        {
            return; // refused where it is made, as ResultTable refuses such text ("no export can write")
        }

        JsonSerializer.Deserialize<ReportedAmount>(JsonSerializer.Serialize(value)).Should().Be(value);
    }
}
