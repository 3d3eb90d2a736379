using System.Globalization;
using System.Text.RegularExpressions;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Data;

/// <summary>The words each amount was stated with ("one trillion Yuan", "$8.2 billion") say the same amount, currency
/// and qualifier as the recorded figures: a typo in either would fail here.</summary>
public partial class StatedTextConsistencyTests
{
    [GeneratedRegex(@"^(?<q>approximately |up to )?(?<cur>US\$|\$)?(?<num>one|[0-9]+(\.[0-9]+)?) (?<mag>thousand|million|billion|trillion)(?: (?<word>yuan|Yuan|USD))?$")]
    private static partial Regex Stated();

    private static (AmountQualifier Qualifier, Money Amount) Read(string stated)
    {
        Match m = Stated().Match(stated);
        m.Success.Should().BeTrue($"\"{stated}\" should be in the simple form the test reads");
        decimal number = m.Groups["num"].Value == "one" ? 1m : decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture);
        decimal factor = m.Groups["mag"].Value switch
        {
            "thousand" => 1e3m,
            "million" => 1e6m,
            "billion" => 1e9m,
            _ => 1e12m,
        };
        Currency currency = m.Groups["cur"].Success || m.Groups["word"].Value == "USD" ? Currency.USD : Currency.CNY;
        AmountQualifier qualifier = m.Groups["q"].Value switch
        {
            "approximately " => AmountQualifier.Approximately,
            "up to " => AmountQualifier.UpTo,
            _ => AmountQualifier.Exact,
        };
        return (qualifier, new Money(number * factor, currency));
    }

    private static IEnumerable<(string Where, ReportedAmount Amount)> Amounts()
    {
        foreach (Programme p in PolicyData.Embedded.Programmes)
        {
            if (p.Headline is not null)
            {
                yield return (p.Id, p.Headline);
                if (p.Headline.SourceConversion is not null)
                {
                    yield return (p.Id + " (conversion)", p.Headline.SourceConversion);
                }
            }

            foreach (Allocation part in p.Parts)
            {
                yield return (part.Id, part.Amount);
            }
        }
    }

    [Fact]
    public void Every_stated_text_matches_its_recorded_amount_currency_and_qualifier()
    {
        var checkedAmounts = new List<string>();
        foreach ((string where, ReportedAmount amount) in Amounts())
        {
            amount.StatedText.Should().NotBeNull(where);
            (AmountQualifier qualifier, Money money) = Read(amount.StatedText!);
            money.Should().Be(amount.Amount, where);
            qualifier.Should().Be(amount.Qualifier, where);
            checkedAmounts.Add(where);
        }

        checkedAmounts.Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public void Every_precision_is_the_place_value_of_the_last_stated_digit()
    {
        var checkedAmounts = new List<string>();
        foreach ((string where, ReportedAmount amount) in Amounts())
        {
            Match m = Stated().Match(amount.StatedText!);
            string number = m.Groups["num"].Value;
            decimal magnitude = m.Groups["mag"].Value switch
            {
                "thousand" => 1e3m,
                "million" => 1e6m,
                "billion" => 1e9m,
                _ => 1e12m,
            };
            int decimals = number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            decimal expected = magnitude;
            for (int i = 0; i < decimals; i++)
            {
                expected /= 10m;
            }

            amount.Precision.Should().Be(expected, $"{where}: \"{amount.StatedText}\"");
            checkedAmounts.Add(where);
        }

        checkedAmounts.Should().HaveCountGreaterThan(10);
    }

    [Fact]
    public void Every_bare_dollar_sign_read_as_US_dollars_is_marked_as_inferred()
    {
        var marked = new List<string>();
        foreach (Programme p in PolicyData.Embedded.Programmes.Where(p => p.Headline is not null))
        {
            foreach ((string field, ReportedAmount? amount) in new[] { ("headline.currency", p.Headline), ("headline.sourceConversion.currency", p.Headline!.SourceConversion) })
            {
                if (amount?.StatedText is string stated && stated.TrimStart("approximately ".ToCharArray()).StartsWith('$'))
                {
                    amount.Currency.Should().Be(Currency.USD);
                    p.Inferences.Should().Contain(i => i.Field == field, $"{p.Id} reads \"{stated}\" as US dollars");
                    marked.Add(p.Id);
                }
            }
        }

        marked.Should().BeEquivalentTo(["us-stargate-project", "cn-ai-investment-fund"]);
    }

    [Fact]
    public void Every_stated_text_is_in_the_quote_of_its_fact()
    {
        foreach (Programme p in PolicyData.Embedded.Programmes.Where(p => p.Headline is not null))
        {
            string quotes = string.Join(" ", p.Sources.Select(s => s.Quote));
            quotes.Should().Contain(p.Headline!.StatedText!, p.Id);
        }

        foreach (Allocation part in PolicyData.Embedded.Programmes.SelectMany(p => p.Parts))
        {
            part.Sources.Single().Quote.Should().Contain(part.Amount.StatedText!, part.Id);
        }
    }
}
