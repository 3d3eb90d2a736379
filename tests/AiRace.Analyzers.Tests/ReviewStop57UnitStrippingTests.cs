using System;
using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Review of stop 57's AIR0004 changes (object.Equals, comparers through their interfaces, IComparable casts, and no
/// report where a check of the two values' currencies decides whether the use runs) and of AIR0001's guard walk that
/// moved with them into Flow/CurrencyGuards. Each test is one fault against AIR0004.md or AIR0001.md; the last one is a
/// control showing that the same uses without the guard are reported, so the failures are about the guard walk.
/// </summary>
public class ReviewStop57UnitStrippingTests
{
    private static async Task Expect(Func<Task> run, string fault)
    {
        try
        {
            await run();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException(fault + Environment.NewLine + e.Message);
        }
    }

    // ---------- false reports of guarded code ----------

    [Fact]
    public Task Guard_clause_inside_a_switch_section_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            decimal Gap(int kind, Money a, Money b)
            {
                switch (kind)
                {
                    case 1:
                        if (a.Currency != b.Currency) return 0m;
                        return a.Amount - b.Amount;
                    default:
                        return 0m;
                }
            }
        }
        """),
        "FALSE REPORT: AIR0004.md promises no report after 'an earlier if (a.Currency != b.Currency) in its block that leaves'. " +
        "The statements of a switch section are such a block, but CurrencyGuards.Around scans only IBlockOperation, and a " +
        "section's statements are ISwitchCaseOperation.Body, so the guard clause is never seen.");

    [Fact]
    public Task Local_function_parameter_of_the_same_name_written_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Gap(Money cost, Money cap)
            {
                if (cost.Currency != cap.Currency) throw new InvalidOperationException("two currencies");
                return cap.Amount - cost.Amount;

                static Money Floor(Money cost, Money floor)
                {
                    if (cost < floor) cost = floor;
                    return cost;
                }
            }
        }
        """),
        "FALSE REPORT: AIR0004.md lets a guard count unless 'neither value's local or parameter may be written anywhere in the member'. " +
        "Here the guarded parameter 'cost' is never written; a static local function's own parameter that happens to be named 'cost' is. " +
        "UnitStrippingRule.MayBeWritten passes only the name to LocalWrites.MayBeWrittenIn, which counts every write of any identifier 'cost' " +
        "in the member.");

    [Fact]
    public Task Another_local_of_the_same_name_written_in_a_sibling_block_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            decimal Gap(Money[] xs, Money cap, bool first)
            {
                if (first)
                {
                    var m = xs[0];
                    m = m + cap;
                    return m.Amount;
                }
                else
                {
                    var m = xs[1];
                    if (m.Currency != cap.Currency) return 0m;
                    return cap.Amount - m.Amount;
                }
            }
        }
        """),
        "FALSE REPORT: the local 'm' of the else block is checked and never written; a different local 'm' of the if block is. " +
        "AIR0004.md's write condition is about the value's own local, but the scan is by name over the whole member.");

    [Fact]
    public Task Currency_codes_compared_with_string_Equals_Ordinal_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            bool Static(Money a, Money b) => string.Equals(a.Currency.Code, b.Currency.Code, StringComparison.Ordinal) && a.Amount > b.Amount;
            bool Instance(Money a, Money b) => a.Currency.Code.Equals(b.Currency.Code, StringComparison.Ordinal) && a.Amount > b.Amount;
        }
        """),
        "FALSE REPORT: AIR0004.md counts a check 'for equality (a.Currency == b.Currency, a.Currency.Equals(b.Currency), their Codes, in " +
        "either order)'. Comparing the codes with string.Equals(x, y, StringComparison.Ordinal) (what analyzers like CA1309/CA1307 ask teams " +
        "to write) is exact equality of the codes, but ShowsOneCurrency takes an Equals only with exactly one argument (instance) or two (static).");

    [Fact]
    public Task Equality_test_written_is_false_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            bool Over(Money a, Money b)
            {
                if (a.Currency.Equals(b.Currency) is false) throw new InvalidOperationException("two currencies");
                return a.Amount > b.Amount;
            }
        }
        """),
        "FALSE REPORT (weaker: the page names forms by example): the check is of the same two values, for equality, and leaves when it " +
        "fails, which is all AIR0004.md asks; 'x is false' is the negation many teams write instead of '!x', but ShowsOneCurrency follows only '!'.");

    // ---------- misses: uses the guard does not decide ----------

    [Fact]
    public Task Guard_that_ends_in_yield_return_does_not_leave_Reports() => Expect(() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            IEnumerable<decimal> Gaps(Money a, Money b)
            {
                if (a.Currency != b.Currency) yield return 0m;
                yield return {|AIR0004:a.Amount - b.Amount|};
            }
        }
        """),
        "MISS: AIR0004.md counts an earlier if only when it leaves ('return', 'throw', 'continue', 'break'). 'yield return' does not leave: " +
        "the iterator goes on to the subtraction of two currencies. CurrencyGuards.Exits takes every IReturnOperation, which includes " +
        "yield return (OperationKind.YieldReturn); only Return and YieldBreak leave.");

    [Fact]
    public Task Guard_of_other_elements_of_a_list_Reports() => Expect(() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            decimal Gap(List<Money> xs)
            {
                if (xs[0].Currency != xs[1].Currency) return 0m;
                return {|AIR0004:xs[0].Amount - xs[2].Amount|};
            }

            decimal Step(IReadOnlyList<Money> xs, int i, int j)
            {
                if (xs[i].Currency != xs[0].Currency) return 0m;
                return {|AIR0004:xs[i].Amount - xs[j].Amount|};
            }
        }
        """),
        "MISS: AIR0004.md requires 'the same two values (the same locals, parameters or member paths)'. xs[1] and xs[2] (xs[0] and xs[j]) " +
        "are different elements, but CurrencyGuards.SamePath matches any two IPropertyReferenceOperation of the same indexer on the same " +
        "list without comparing the index arguments.");

    [Fact]
    public Task Guard_before_a_property_of_an_object_is_set_Reports() => Expect(() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed class Order { public Money Fee { get; set; } public Money Budget { get; set; } }
        class C
        {
            decimal Gap(Order o, Money euros)
            {
                if (o.Fee.Currency != o.Budget.Currency) return 0m;
                o.Fee = euros;
                return {|AIR0004:o.Budget.Amount - o.Fee.Amount|};
            }
        }
        """),
        "MISS: AIR0004.md wants the check to be of 'the same two values' and refuses a guard when a value may be written in the member " +
        "('the check could then be of another value'). o.Fee is replaced between the check and the use, but MayBeWritten looks only at " +
        "the root local or parameter 'o', a class, whose member writes LocalWrites does not count. (The page's letter names only locals and " +
        "parameters: extend the check to written member paths, or say on the page that such writes are not looked at.)");

    [Fact]
    public Task Guard_before_a_field_is_set_Reports() => Expect(() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            Money Cap;
            decimal Gap(Money a, Money euros)
            {
                if (a.Currency != Cap.Currency) return 0m;
                Cap = euros;
                return {|AIR0004:a.Amount - Cap.Amount|};
            }
        }
        """),
        "MISS: the field Cap is checked, then replaced by another value, then its amount used; AIR0004.md's reason for the write rule ('the " +
        "check could then be of another value') applies, but MayBeWritten returns false for any value not rooted in a local or parameter.");

    [Fact]
    public Task Goto_past_the_guard_clause_Reports() => Expect(() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool Over(Money a, Money b, bool skip)
            {
                if (skip) goto compare;
                if (a.Currency != b.Currency) return false;
                compare:
                return {|AIR0004:a.Amount > b.Amount|};
            }
        }
        """),
        "MISS: AIR0004.md says the check 'must decide whether the use runs' and names goto as jumping forward past a guard. An earlier goto " +
        "to a label after the guard clause skips it, yet the block scan treats every earlier exiting if as deciding the labeled use.");

    // ---------- AIR0001 through the shared walk (the same faults, present before the move) ----------

    [Fact]
    public Task AIR0001_guard_that_ends_in_yield_return_Reports() => Expect(() => VerifyMismatch.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            IEnumerable<Money> Totals(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (Home.Currency != limit.Currency) yield return limit;
                yield return {|AIR0001:Home + limit|};
            }
        }
        """),
        "MISS (AIR0001): AIR0001.md leaves alone 'the statements after if (a.Currency != b.Currency) return …; (or throw, continue, break)'; " +
        "yield return goes on, so yuan + dollars runs. Exits counts yield return as leaving.");

    [Fact]
    public Task AIR0001_guard_clause_inside_a_switch_section_DoesNotReport() => Expect(() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(int kind, decimal usd)
            {
                var limit = Money.Usd(usd);
                switch (kind)
                {
                    case 1:
                        if (Home.Currency != limit.Currency) return false;
                        return Home > limit;
                    default:
                        return false;
                }
            }
        }
        """),
        "FALSE REPORT (AIR0001): AIR0001.md does not report 'the statements after if (a.Currency != b.Currency) return …;'; inside a " +
        "switch section the guard clause is not scanned (ISwitchCaseOperation.Body is not an IBlockOperation).");

    [Fact]
    public Task AIR0001_goto_past_the_guard_clause_Reports() => Expect(() => VerifyMismatch.Diagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(int kind, decimal usd)
            {
                var limit = Money.Usd(usd);
                if (kind > 1) goto compare;
                if (Home.Currency != limit.Currency) return false;
                compare:
                return {|AIR0001:Home > limit|};
            }
        }
        """),
        "MISS (AIR0001): a goto before the guard clause jumps to the comparison of yuan and dollars without the check; the walk still " +
        "counts the guard.");

    // ---------- control: the same uses without a guard are reported (passes) ----------

    [Fact]
    public Task Control_the_same_uses_without_a_guard_Report() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Order { public Money Fee { get; set; } public Money Budget { get; set; } }
        class C
        {
            IEnumerable<decimal> Gaps(Money a, Money b)
            {
                if (a.Currency != b.Currency) Console.WriteLine();
                yield return {|AIR0004:a.Amount - b.Amount|};
            }

            decimal Gap(List<Money> xs) => {|AIR0004:xs[0].Amount - xs[2].Amount|};

            decimal Member(Order o) => {|AIR0004:o.Budget.Amount - o.Fee.Amount|};

            decimal Section(int kind, Money a, Money b)
            {
                switch (kind)
                {
                    case 1:
                        return {|AIR0004:a.Amount - b.Amount|};
                    default:
                        return 0m;
                }
            }
        }
        """);

    [Fact]
    public Task Guard_clause_as_the_else_if_of_another_guard_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Gap(Money a, Money b, int count)
            {
                if (count == 0) return 0m;
                else if (a.Currency != b.Currency) throw new InvalidOperationException("two currencies");
                return a.Amount - b.Amount;
            }
        }
        """),
        "FALSE REPORT (weaker: the page speaks of 'an earlier if (a.Currency != b.Currency) in its block that leaves'): a chain of guard " +
        "clauses written with else if leaves on every branch, so the subtraction runs only when the currencies are equal; the block scan " +
        "takes only an if without else, and so reports it.");

    [Fact]
    public Task IComparable_cast_of_a_null_conditional_amount_Reports() => Expect(() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            int? Order(Money? a, Money b) => {|AIR0004:((IComparable<decimal>?)a?.Amount)?.CompareTo(b.Amount)|};
        }
        """),
        "MISS (minor): AIR0004.md says the forms, the amount cast to IComparable/IComparable<decimal> among them, 'are found also through such " +
        "locals and ?.'; the cast is matched only when its operand is a decimal, so a cast of a?.Amount (a decimal?) goes unreported.");

    [Fact]
    public Task Top_level_guard_with_a_same_named_parameter_written_in_a_class_below_DoesNotReport() => Expect(() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        var budget = Money.Parse(Console.ReadLine()!);
        var spent = Money.Parse(Console.ReadLine()!);
        if (budget.Currency != spent.Currency) return;
        Console.WriteLine(budget.Amount - spent.Amount);

        static class Limits
        {
            public static Money Cap(Money budget, Money cap)
            {
                if (budget > cap) budget = cap;
                return budget;
            }
        }
        """),
        "FALSE REPORT: in a program of top-level statements the member is the whole file, so the by-name write scan also counts " +
        "'budget = cap' in a method of a class declared below, which writes that method's own parameter, not the checked local.");

    [Fact]
    public Task AIR0001_guard_of_other_dictionary_entries_Reports() => Expect(() => VerifyMismatch.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            static readonly Dictionary<string, Money> Caps = new() { ["cn"] = Money.Cny(1m), ["cn2"] = Money.Cny(2m), ["us"] = Money.Usd(3m) };
            bool Over()
            {
                if (Caps["cn"].Currency != Caps["cn2"].Currency) return false;
                return {|AIR0001:Caps["cn"] > Caps["us"]|};
            }
            bool Plain() => {|AIR0001:Caps["cn"] > Caps["us"]|};
        }
        """),
        "MISS (AIR0001): AIR0001.md: 'A test of some other value's currency guards nothing'. Caps[\"cn2\"] is another entry than " +
        "Caps[\"us\"], but CurrencyGuards.SamePath (used by AIR0001's Uses) takes two reads of one indexer on one dictionary as the same " +
        "storage whatever the keys, so the yuan-against-dollars comparison goes unreported (the unguarded one in Plain is reported).");
}
