using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Review of AIR0001 through dictionary views, dictionaries LINQ builds, <c>DistinctBy</c> and a dictionary's
/// <c>TryAdd</c> (a constant key the dictionary surely holds adds nothing): each test here fails because of a fault of the
/// analyzer, a false report or a wrong silence, and says what the right behaviour is.
/// </summary>
public class ReviewDictionaryFlowTests
{
    // Fault (wrong silence): KeyedElements.SurelyHas compares the TryAdd's key with the keys the initializer or an earlier
    // statement wrote as exact texts (_initial.Contains, _together.TryGetValue), ignoring the dictionary's comparer.
    // Under StringComparer.OrdinalIgnoreCase "Wuhan" and "wuhan" are one key, so TryAdd("wuhan", dollars) adds nothing
    // and caps["WUHAN"] keeps its yuan (without the TryAdd the same comparison is reported). The flow takes the TryAdd as
    // "possibly added" and stays silent. Right: SurelyHas should look the key up under the dictionary's Comparison (as
    // KeyedElements.For does), so that both comparisons below are reported.
    [Fact]
    public Task Ignore_case_TryAdd_of_a_key_held_in_another_case_adds_nothing_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["Wuhan"] = Money.Cny(1m) };
                caps.TryAdd("wuhan", Money.Usd(1m));
                return {|AIR0001:caps["WUHAN"] > Money.Usd(1m)|};
            }

            bool B()
            {
                var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase);
                caps.Add("Wuhan", Money.Cny(1m));
                caps.TryAdd("wuhan", Money.Usd(1m));
                return {|AIR0001:caps["WUHAN"] > Money.Usd(1m)|};
            }
        }
        """);

    // Fault (false report): "an earlier statement of the same block, with no jump between" only looks for jumps between
    // the write and the TryAdd (Before), not for a goto from before the write to a label between them. When skip is
    // true the Add never runs, the TryAdd adds the dollars, and caps["wuhan"] is compared with dollars; when skip is false
    // the comparison is never evaluated. The code never mixes, yet the flow takes the key as surely held (yuan) and
    // reports CNY against USD. Right: no report; SurelyHas (and Before) should refuse a block with a label (or any goto
    // whose target lies between the write and the read), as it refuses a jump between them.
    [Fact]
    public Task Goto_past_the_write_to_a_label_before_the_TryAdd_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool A(bool skip)
            {
                var caps = new Dictionary<string, Money>();
                if (skip) goto Late;
                caps.Add("wuhan", Money.Cny(1m));
                Late: ;
                caps.TryAdd("wuhan", Money.Usd(1m));
                return skip && caps["wuhan"] > Money.Usd(1m);
            }
        }
        """);

    // Fault (false report, not new in this change but sharing its Before check): two keys "written together" by one
    // block (KeyedElements.WrittenTogether/Before) are taken as both written before the read, though a goto from before
    // the first write to a label between them skips it. Max is only evaluated when skip is true, when the Add of yuan never
    // ran and the dictionary holds one dollar value: the code never mixes, yet Max is reported as CNY with USD.
    // Right: no report; a label between the writes (a goto target) should make Before false, like a jump between them.
    [Fact]
    public Task Goto_past_one_of_two_writes_written_together_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A(bool skip)
            {
                var caps = new Dictionary<string, Money>();
                if (skip) goto Late;
                caps["wuhan"] = Money.Cny(1m);
                Late: ;
                caps["austin"] = Money.Usd(1m);
                return skip ? caps.Values.Max() : Money.Usd(0m);
            }
        }
        """);

    // Fault (false report; the change's AIR0001.md now states it: "DistinctBy(m => m.Amount) passes the elements on as
    // they are"): DistinctBy keeps only the first element of each key, and an amount is a key two currencies may share,
    // so a dollar whose amount a yuan before it has is left out. Here the dollar is always dropped and Max/Min only ever
    // see yuan, yet they are reported as CNY with USD. Right: as for UnionBy under m => m.Amount (which the same page says
    // "holds some of them, as after a removal"), DistinctBy by a key that does not keep currencies apart should keep its
    // source's elements as after a removal (never known to mix), and the doc sentence should say so.
    [Fact]
    public Task DistinctBy_an_amount_drops_a_dollar_of_a_yuan_amount_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A() => new List<Money> { Money.Cny(1m), Money.Usd(1m) }.DistinctBy(m => m.Amount).Max();
            Money B() => new[] { Money.Cny(1m), Money.Usd(1m) }.DistinctBy(m => m.Amount).Min();
            Money C()
            {
                var xs = new List<Money> { Money.Cny(1m) };
                xs.Add(Money.Usd(1m));
                return xs.DistinctBy(m => m.Amount).Max();
            }
        }
        """);

    // Fault (wrong silence): a TryAdd (or an Add) with a key that is not constant never replaces or removes a value: it
    // adds one under a new key, or does nothing (Add throws). Yet it goes into the writes "with a key that is not
    // constant" that may replace either of two keys written together (KeyedElements._any), so SurelyMixed gives up and
    // Max over yuan under "wuhan" and dollars under "austin", both surely held, is not reported (AIR0001.md now says so:
    // "a key that is not constant leaves that unknown too"). Without the TryAdd (or with a constant key) it is reported.
    // Right: both reported; a TryAdd/Add with a key that is not constant should add its value among those the
    // dictionary may hold without counting as a possible replacement of the other keys (B: the same for Add, older).
    [Fact]
    public Task TryAdd_with_a_key_not_constant_replaces_nothing_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A(string key)
            {
                var caps = new Dictionary<string, Money>();
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                caps.TryAdd(key, Money.Cny(2m));
                return {|AIR0001:caps.Values.Max()|};
            }

            Money B(string key)
            {
                var caps = new Dictionary<string, Money>();
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                caps.Add(key, Money.Cny(2m));
                return {|AIR0001:caps.Values.Max()|};
            }
        }
        """);

    // Fault (wrong silence, new with the change: before it the key's parameter stood for the first sequence's elements):
    // for UnionBy's key over tuples (or other elements whose member carries the money), CurrencyFlow.Tuples now leaves
    // the parameter with no source at all, instead of joining the elements of both sequences as CurrencyFlow.Locals does
    // for money elements. Here both sequences hold yuan caps, so t.Cap is yuan and is compared with a dollar amount: a
    // real mix, reported for money elements (B) and for DistinctBy over the same tuples, but not here. Right: the
    // parameter's members come from both sequences' elements (known when they share a currency), so A is reported.
    [Fact]
    public Task UnionBy_key_over_tuples_of_yuan_in_both_sequences_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            int A()
            {
                var a = new List<(string Name, Money Cap)> { ("w", Money.Cny(1m)) };
                var b = new List<(string Name, Money Cap)> { ("s", Money.Cny(2m)) };
                return a.UnionBy(b, t => {|AIR0001:t.Cap > Money.Usd(1m)|}).Count();
            }

            int B()
            {
                var a = new List<Money> { Money.Cny(1m) };
                var b = new List<Money> { Money.Cny(2m) };
                return a.UnionBy(b, m => {|AIR0001:m > Money.Usd(1m)|}).Count();
            }
        }
        """);
}
