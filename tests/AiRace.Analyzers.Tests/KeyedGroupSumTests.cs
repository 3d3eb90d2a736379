using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on the currency-stating sum of a group of a <c>GroupBy</c> by the elements' currency (<c>m =&gt; m.Currency</c>,
/// its code, or a test of it) under a <c>?:</c> or <c>if</c> on the group's key (stop 54): where the test holds, the
/// group holds the tested currency, so a sum in another one mixes; where it fails, the group holds one of the source's
/// other currencies, so a sum is reported only when every one of them is another currency than the sum's.
/// </summary>
public class KeyedGroupSumTests
{
    [Fact]
    public Task Sum_of_a_keyed_group_in_a_currency_the_key_test_rules_out_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static readonly List<Money> Payments = new() { Money.Cny(1m), Money.Usd(1m) };

            Money[] Swapped() => Payments.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? {|AIR0001:g.Sum(Currency.CNY)|} : {|AIR0001:g.Sum(Currency.USD)|}).ToArray();

            Money[] OtherArm() => Payments.GroupBy(m => m.Currency).Select(g => g.Key != Currency.USD ? {|AIR0001:g.Sum(Currency.EUR)|} : g.Sum(Currency.USD)).ToArray();

            decimal[] ByCode() => Payments.GroupBy(m => m.Currency.Code).Select(g => g.Key == "CNY" ? {|AIR0001:g.Sum(Currency.USD)|}.Amount : 0m).ToArray();

            Money Looped()
            {
                var total = Money.Zero(Currency.USD);
                foreach (var g in Payments.GroupBy(m => m.Currency))
                {
                    if (g.Key.Equals(Currency.CNY))
                    {
                        total = {|AIR0001:g.Sum(Currency.USD)|};
                    }
                }

                return total;
            }
        }
        """);

    [Fact]
    public Task Sum_of_a_keyed_group_in_the_currency_its_key_test_shows_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static readonly List<Money> Payments = new() { Money.Cny(1m), Money.Usd(1m) };
            static readonly List<Money> Three = new() { Money.Cny(1m), Money.Usd(1m), Money.Eur(1m) };

            Money[] NotDollars() => Payments.GroupBy(m => m.Currency != Currency.USD).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)).ToArray();

            Money[] Negated() => Payments.GroupBy(m => m.Currency).Select(g => !(g.Key == Currency.CNY) ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)).ToArray();

            Money[] OneOfTwoLeft() => Three.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)).ToArray();

            Money Looped()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var g in Payments.GroupBy(m => m.Currency.Code))
                {
                    if (g.Key != "CNY")
                    {
                        continue;
                    }

                    total += g.Sum(Currency.CNY);
                }

                return total;
            }
        }
        """);

    // Reported falsely before stop 54 (review). Real code: a yuan/dollar ledger grouped by currency, each group summed in its own currency with the
    // key test the page shows ("g.Key == Currency.USD ? g.Sum(Currency.USD) : …"). The payments hold yuan and dollars
    // only, so the false arm runs only for the yuan group: no run mixes. The false arm's g.Sum(Currency.CNY) is reported,
    // because the group "holds some of the elements" and the collection holds dollars, though the test has just kept
    // the dollar group out. The bool-key form (GroupBy(m => m.Currency == Currency.CNY), g.Key ? … : …) guards both arms
    // since ee1af36 (stop 53's last false report); this is the same code keyed by the currency itself. Cause: Rules/
    // CurrencyMismatchRule.cs Shown shows g only when an == holds; nothing tells the flow's group elements
    // (PartitionElements / Elements.OtherThan) that the false arm's group is not the USD one.
    [Fact]
    public Task Group_by_currency_summed_in_its_own_currency_in_the_false_arm_of_a_key_test_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static readonly List<Money> Payments = new() { Money.Cny(1m), Money.Usd(1m) };

            Money[] A() => Payments.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)).ToArray();
        }
        """);

    // Reported falsely before stop 54 (review). Real code: group payments by their currency code (a string key, as written to a report or a JSON
    // dictionary) and take the dollar group's total under a test of the key. The dollar group holds dollars only. The
    // page lists "g.Key == Currency.USD ? g.Sum(Currency.USD) : …" for a group by currency and "switch (Home.Currency.Code)
    // { case "USD": … }" as guards; a group keyed by the code and tested by the code is not taken as tested
    // (CurrencyMismatchRule.Tested only counts a g.Key that is a Currency), so g.Sum(Currency.USD) is reported.
    [Fact]
    public Task Group_by_currency_code_summed_under_a_test_of_the_code_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Dictionary<string, decimal> A()
            {
                var payments = new List<Money> { Money.Cny(1m), Money.Usd(1m) };
                return payments.GroupBy(m => m.Currency.Code)
                    .ToDictionary(g => g.Key, g => g.Key == "USD" ? g.Sum(Currency.USD).Amount : 0m);
            }
        }
        """);

    // Missed before stop 54 (review). Real code: the group-and-sum of ee1af36 with the branches swapped by mistake: the yuan group (Key true) summed
    // in dollars, the others in yuan. Every run with a yuan payment throws CurrencyMismatchException (and the dollar group
    // in the false arm too). The page's sentence "either branch of a group's bool key when the groups come from a currency
    // test" silences both arms without asking which currency the test shows for which arm; the page's promise is "no
    // AIR0001 means no currency mixing". Cause: CurrencyMismatchRule.Shown / GroupedByCurrencyTest accept any key selector
    // that MayTellCurrencies, whatever currency it selects.
    [Fact]
    public Task Groups_by_a_currency_test_summed_in_the_other_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money[] A()
            {
                var payments = new List<Money> { Money.Cny(1m), Money.Usd(1m) };
                return payments.GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? {|AIR0001:g.Sum(Currency.USD)|} : {|AIR0001:g.Sum(Currency.CNY)|}).ToArray();
            }
        }
        """);

    // A false report found by stop 54's Lab field test: a group by currency and size, summed in dollars where its key's
    // currency is dollars.
    [Fact]
    public Task Sum_of_a_group_by_a_composite_key_under_a_test_of_its_currency_member_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };

            IEnumerable<Money> Anonymous() => Mixed.GroupBy(m => new { m.Currency, Large = m.Amount > 1m })
                .Select(g => g.Key.Currency == Currency.USD ? g.Sum(Currency.USD) : g.Sum(g.Key.Currency));

            IEnumerable<Money> Tuple() => Mixed.GroupBy(m => (m.Currency, Large: m.Amount > 1m))
                .Select(g => g.Key.Currency == Currency.USD ? g.Sum(Currency.USD) : g.Sum(g.Key.Currency));

            IEnumerable<decimal> ByCode() => Mixed.GroupBy(m => new { Year = 2025, Code = m.Currency.Code })
                .Select(g => g.Key.Code != "CNY" ? 0m : g.Sum(Currency.CNY).Amount);
        }
        """);

    [Fact]
    public Task Sum_of_a_group_by_a_composite_key_in_a_currency_its_member_test_rules_out_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };

            IEnumerable<Money> Anonymous() => Mixed.GroupBy(m => new { m.Currency, Large = m.Amount > 1m })
                .Select(g => g.Key.Currency == Currency.USD ? {|AIR0001:g.Sum(Currency.CNY)|} : g.Sum(Currency.CNY));

            IEnumerable<Money> Tuple() => Mixed.GroupBy(m => (m.Currency, Large: m.Amount > 1m))
                .Select(g => g.Key.Currency != Currency.CNY ? {|AIR0001:g.Sum(Currency.EUR)|} : g.Sum(Currency.CNY));
        }
        """);

    // 49d27c9, false report. Payments grouped by their own currency with an element selector that converts each to
    // dollars; the yuan group's total is shown in dollars. The group's elements are what the selector gives ("with an
    // element selector ... some of what the selector gives, as Select would"), all dollars: no run mixes.
    [Fact]
    public Task Key_tested_group_with_a_converting_element_selector_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money DomesticInDollars(IExchangeRateProvider rates, DateOnly day)
            {
                var domestic = Money.Zero(Currency.USD);
                foreach (var g in Payments.GroupBy(m => m.Currency, m => m.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result))
                {
                    if (g.Key == Currency.CNY)
                    {
                        domestic = g.Sum(Currency.USD);
                    }
                }

                return domestic;
            }
        }
        """);

    // 49d27c9, miss. The mirror: the element selector makes dollars of each payment's figure, the yuan group's sum is
    // stated in yuan — every run with a yuan payment throws. "no AIR0001 means no mixing".
    [Fact]
    public Task Key_tested_group_whose_element_selector_makes_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money[] Totals() => Payments.GroupBy(m => m.Currency, m => Money.Usd(m.Amount / 7.1m))
                .Select(g => g.Key == Currency.CNY ? {|AIR0001:g.Sum(Currency.CNY)|} : g.Sum(Currency.USD)).ToArray();
        }
        """);

    // 49d27c9/aafb7a1, false report. The key is a record (the team's BucketKey), tested by its Currency member as the
    // page shows for an anonymous or tuple key: "the statements after if (a.Currency != b.Currency) return …; (or
    // continue)" and "a member of a composite key ... read as g.Key.Currency". Only the dollar group is summed.
    [Fact]
    public Task Group_by_a_record_key_tested_by_its_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public readonly record struct BucketKey(Currency Currency, bool Large);
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money[] DollarTotals() => Payments.GroupBy(m => new BucketKey(m.Currency, m.Amount > 100m))
                .Select(g => g.Key.Currency == Currency.USD ? g.Sum(Currency.USD) : Money.Zero(Currency.USD)).ToArray();
        }
        """);

    // aafb7a1, false report. A tuple key read by its position (g.Key.Item1 is the same field as g.Key.Currency).
    [Fact]
    public Task Group_by_a_tuple_key_tested_by_Item1_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money[] DollarTotals() => Payments.GroupBy(m => (m.Currency, m.Amount > 100m))
                .Select(g => g.Key.Item1 == Currency.USD ? g.Sum(Currency.USD) : Money.Zero(Currency.USD)).ToArray();
        }
        """);

    // A guard from stop 54's review. 49d27c9, would be a false report. The dollar group taken by its key and summed in dollars (query where on the key; a
    // Single by key; a lookup's indexer). Only dollars are summed: no run mixes.
    [Fact]
    public Task Dollar_group_chosen_by_its_key_then_summed_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money[] Query() => (from m in Payments group m by m.Currency into g where g.Key == Currency.USD select g.Sum(Currency.USD)).ToArray();

            Money Single() => Payments.GroupBy(m => m.Currency).Single(g => g.Key == Currency.USD).Sum(Currency.USD);

            Money Lookup() => Payments.ToLookup(m => m.Currency)[Currency.USD].Sum(Currency.USD);
        }
        """);

    // T16 Element selector that keeps the currency (p => p.Amount) with a key test: no run mixes.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Group_by_amount_currency_with_amount_element_selector_key_tested_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Payment(string Vendor, Money Amount);
        class Report
        {
            static readonly List<Payment> Payments = new() { new("Baidu", Money.Cny(1_000m)), new("OpenAI", Money.Usd(140m)) };

            Money[] DollarTotals() => Payments.GroupBy(p => p.Amount.Currency, p => p.Amount)
                .Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : Money.Zero(Currency.USD)).ToArray();
        }
        """);

    // T17 Element selector that scales (m => m * 2m) with a key test.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Group_with_a_scaling_element_selector_key_tested_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money Doubled()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var g in Payments.GroupBy(m => m.Currency, m => m * 2m))
                {
                    if (g.Key == Currency.CNY)
                    {
                        total = g.Sum(Currency.CNY);
                    }
                }

                return total;
            }
        }
        """);

    // T18 Element selector choosing by a condition on the element's own currency: converts yuan to dollars, keeps dollars.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Group_with_an_element_selector_making_dollars_of_yuan_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            static readonly List<Money> Payments = new() { Money.Cny(1_000m), Money.Usd(140m) };

            Money[] Totals(IExchangeRateProvider rates, DateOnly day) => Payments
                .GroupBy(m => m.Currency, m => m.Currency == Currency.CNY ? m.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result : m)
                .Select(g => g.Sum(Currency.USD)).ToArray();
        }
        """);
}
