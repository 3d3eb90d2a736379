using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;
using VerifyStrip = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Stop-57 second review of the guard walk and helper flow fixes: false reports and crashes, one fault a test. The
/// failing tests: AIR0001's pair rule no longer sees through copies or joins two guards; is true / is false and an
/// earlier switch arm's when guard nothing; a goto in a local function disables the outer guard; AIR0004 refuses its
/// guard for writes to other objects' members (object initializer, with, p.Fee) and for writes before the guard or in a
/// for loop's incrementor. The passing ones are controls of what the fixes got right. Run against the analyzers of
/// 0d6b635 (before today's fixes) the copy, transitive, goto-in-local-function, initializer, with and p.Fee tests pass:
/// those seven are regressions of today's fixes; is true / is false, the switch-expression arm, the write before the
/// guard and the for-loop index fail there too (older limits).
/// </summary>
public class ReviewStop57SecondTests
{
    /// <summary>AIR0001 FALSE REPORT (regression of the pair rule): after if (Home.Currency != limit.Currency) return, cap = limit is a copy made after the check, yet Home &gt; cap is reported. AIR0001.md: the statements after such a guard clause are guarded and the code handles a mismatch itself there; before the pair rule both sides counted as shown. Suggested: resolve a copy local (written once, by its declaration) to its source in Uses.</summary>
    [Fact]
    public Task AIR0001_pair_guard_then_use_of_a_copy_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (Home.Currency != limit.Currency) return false;
                var cap = limit;
                return Home > cap;
            }
        }
        """);

    /// <summary>AIR0001: a guard clause with continue inside foreach guards the sum after it.</summary>
    [Fact]
    public Task AIR0001_pair_guard_with_continue_in_foreach_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            decimal Total(decimal[] amounts)
            {
                decimal total = 0m;
                foreach (var d in amounts)
                {
                    var limit = Money.Usd(d);
                    if (Home.Currency != limit.Currency) continue;
                    total += (Home + limit).Amount;
                }
                return total;
            }
        }
        """);

    /// <summary>AIR0001 FALSE REPORT (regression of the pair rule): the guard tests home (var home = Home, never written again) and limit, and throws; Home + limit after it is reported. AIR0001.md promises the statements after a throwing guard clause are guarded; before the pair rule limit alone was enough.</summary>
    [Fact]
    public Task AIR0001_pair_guard_on_a_copy_then_use_of_the_original_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            Money Add(decimal usd)
            {
                var limit = Money.Usd(usd);
                var home = Home;
                if (home.Currency != limit.Currency) throw new CurrencyMismatchException("add", home.Currency, limit.Currency);
                return Home + limit;
            }
        }
        """);

    /// <summary>AIR0001: a guard of Home against limit, then a compound assignment total += limit where total was Home.</summary>
    [Fact]
    public Task AIR0001_pair_guard_then_compound_assignment_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            Money Add(decimal usd)
            {
                var limit = Money.Usd(usd);
                var total = Home;
                if (total.Currency != limit.Currency) return total;
                total += limit;
                return total;
            }
        }
        """);

    /// <summary>AIR0001: a guard in an else-if chain each branch of which leaves, inside a switch section with a when clause.</summary>
    [Fact]
    public Task AIR0001_else_if_chain_in_pattern_switch_section_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(object kind, decimal usd)
            {
                var limit = Money.Usd(usd);
                switch (kind)
                {
                    case int n when n > 1:
                        if (n > 5) return true;
                        else if (Home.Currency != limit.Currency) return false;
                        else if (n < 0) throw new System.ArgumentException();
                        return Home > limit;
                    case string { Length: > 0 } s:
                        return s.Length > 2;
                    default:
                        return false;
                }
            }
        }
        """);

    /// <summary>AIR0001: a code kept in a local then written through ref is no longer the first currency's code.</summary>
    [Fact]
    public Task AIR0001_code_local_rewritten_through_ref_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            static void Switch(ref string code) => code = "USD";
            Money Add(decimal x, Money usd)
            {
                var code = Home.Currency.Code;
                Switch(ref code);
                var m = Money.Of(x, code);
                return m + Money.Usd(1m);
            }
        }
        """);

    /// <summary>AIR0001: a code kept in a local then written through out is no longer the first currency's code.</summary>
    [Fact]
    public Task AIR0001_code_local_rewritten_through_out_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            static bool Pick(out string code) { code = "USD"; return true; }
            Money Add(decimal x)
            {
                var code = Home.Currency.Code;
                _ = Pick(out code);
                var m = Money.Of(x, code);
                return m + Money.Usd(1m);
            }
        }
        """);

    /// <summary>AIR0001: a code local captured and rewritten by a lambda that has run before the use.</summary>
    [Fact]
    public Task AIR0001_code_local_rewritten_in_lambda_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            Money Add(decimal x)
            {
                var code = Home.Currency.Code;
                System.Action reset = () => code = "USD";
                reset();
                var m = Money.Of(x, code);
                return m + Money.Usd(1m);
            }
        }
        """);

    /// <summary>AIR0001: a code local chosen by a condition (Home's code or "USD") is not Home's code.</summary>
    [Fact]
    public Task AIR0001_code_local_from_a_conditional_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            Money Add(decimal x, bool abroad)
            {
                var code = abroad ? "USD" : Home.Currency.Code;
                var m = Money.Of(x, code);
                return abroad ? m + Money.Usd(1m) : m + Home;
            }
        }
        """);

    /// <summary>AIR0001: a code local declared once in a loop body takes each payment's own code.</summary>
    [Fact]
    public Task AIR0001_code_local_in_a_loop_body_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            Money Total(Money[] payments)
            {
                var total = Money.Usd(0m);
                foreach (var p in payments)
                {
                    if (p.Currency != Currency.USD) continue;
                    var code = p.Currency.Code;
                    total = total + Money.Of(p.Amount, code);
                }
                return total;
            }
        }
        """);

    /// <summary>AIR0001 FALSE REPORT (likely older than today's fixes): kind switch { _ when Home.Currency != limit.Currency =&gt; false, _ =&gt; Home &gt; limit } reports the second arm, which runs only when the earlier arm's when test failed. AIR0001.md counts a switch arm on the currency and the statements after a guard clause; the earlier arm's failed when is the expression form of a guard clause. Suggested: in CurrencyGuards.Around, yield each earlier arm's when clause (with a discard or var pattern) as a test that failed.</summary>
    [Fact]
    public Task AIR0001_switch_expression_when_arm_taking_the_mismatch_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(int kind, decimal usd)
            {
                var limit = Money.Usd(usd);
                return kind switch
                {
                    _ when Home.Currency != limit.Currency => false,
                    _ => Home > limit,
                };
            }
        }
        """);

    /// <summary>AIR0001 helper flow (control): an async helper awaited with ConfigureAwait(false) has run; its euros mix with yen.</summary>
    [Fact]
    public Task AIR0001_async_helper_awaited_with_ConfigureAwait_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        static class Fill
        {
            public static async Task AddAsync(List<Money> into, Money m) { await Task.Yield(); into.Add(m); }
        }
        class Use
        {
            async Task<Money> A() { var quotes = new List<Money> { Money.Jpy(1m) }; await Fill.AddAsync(quotes, Money.Eur(1m)).ConfigureAwait(false); return {|AIR0001:quotes.Sum(Currency.JPY)|}; }
        }
        """);

    /// <summary>AIR0001 FALSE REPORT: a goto inside a local function (which cannot jump in the outer method) disables the outer method's guard clause. AIR0001.md: guard clauses count in no function that has a goto; the outer function has none. CurrencyGuards.HasGoTo scans function.Descendants() into nested local functions and lambdas; stop the scan at nested IAnonymousFunctionOperation / ILocalFunctionOperation.</summary>
    [Fact]
    public Task AIR0001_goto_in_a_local_function_keeps_the_outer_guard_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (Home.Currency != limit.Currency) return false;
                int Loop(int n) { again: if (n-- > 0) goto again; return n; }
                return Home > limit && Loop(3) == -1;
            }
        }
        """);

    /// <summary>AIR0001: a yield inside a local function does not make the outer method an iterator.</summary>
    [Fact]
    public Task AIR0001_yield_in_a_local_function_keeps_the_outer_guard_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (Home.Currency != limit.Currency) return false;
                IEnumerable<Money> Each() { if (usd > 0) yield break; yield return Home; }
                return Home > limit && Each() != null;
            }
        }
        """);

    /// <summary>AIR0001 helper flow: Outer passes its second item on to Inner; the first item (euros) is never added.</summary>
    [Fact]
    public Task AIR0001_outer_passing_on_its_other_item_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Outer<T>(List<T> into, T skipped, T item) => Inner(into, item);
            public static void Named<T>(List<T> into, T skipped, T item) => Inner(item: item, into: into);
            static void Inner<U>(List<U> into, U item) => into.Add(item);
        }
        class Use
        {
            Money A() { var quotes = new List<Money>(); Fill.Outer(quotes, Money.Eur(1m), Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
            Money B() { var quotes = new List<Money>(); Fill.Named(quotes, Money.Eur(1m), Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    /// <summary>AIR0001 helper flow: Inner adds its own other parameter, given yen; Outer's euro item is never added.</summary>
    [Fact]
    public Task AIR0001_inner_adding_its_other_parameter_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Fill
        {
            public static void Outer<T>(List<T> into, T item, T keep) => Inner(into, item, keep);
            static void Inner<U>(List<U> into, U item, U other) => into.Add(other);
        }
        class Use
        {
            Money A() { var quotes = new List<Money>(); Fill.Outer(quotes, Money.Eur(1m), Money.Jpy(2m)); return quotes.Sum(Currency.JPY); }
        }
        """);

    /// <summary>AIR0004 FALSE REPORT IN ORDINARY CODE (matches the page's letter): for (...; i++) { if (xs[i].Currency != cap.Currency) continue; xs[i].Amount &gt; cap.Amount } is reported because i++ writes the index. The incrementor runs only after the use and the check is redone each pass. Suggested: ignore the incrementor of the for loop whose body holds both guard and use.</summary>
    [Fact]
    public Task AIR0004_for_loop_index_with_continue_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            int Over(Money[] xs, Money cap)
            {
                var n = 0;
                for (var i = 0; i < xs.Length; i++)
                {
                    if (xs[i].Currency != cap.Currency) continue;
                    if (xs[i].Amount > cap.Amount) n++;
                }
                return n;
            }
        }
        """);

    /// <summary>AIR0004: foreach with a continue guard; the iteration variable is not written.</summary>
    [Fact]
    public Task AIR0004_foreach_with_continue_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int Over(IEnumerable<Money> xs, Money cap)
            {
                var n = 0;
                foreach (var x in xs)
                {
                    if (x.Currency != cap.Currency) continue;
                    if (x.Amount > cap.Amount) n++;
                }
                return n;
            }
        }
        """);

    /// <summary>AIR0004: an init-only property read after a guard; nothing assigns it in the member.</summary>
    [Fact]
    public Task AIR0004_init_property_keeps_the_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using AiRace.Core;
        class Order { public Money Fee { get; init; } public Money Cap { get; init; } }
        class C
        {
            bool Over(Order o)
            {
                if (o.Fee.Currency != o.Cap.Currency) return false;
                return o.Fee.Amount > o.Cap.Amount;
            }
        }
        """);

    /// <summary>AIR0001 FALSE REPORT (regression of the pair rule): guards Home~limit and limit~other both leave, so Home and other share a currency; Home + other is reported. Before the pair rule either guard showed Home. Suggested: join the pairs of all guards around the operation (an equivalence over values) before asking for both.</summary>
    [Fact]
    public Task AIR0001_two_pair_guards_through_a_shared_value_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            Money Add(decimal usd, decimal more)
            {
                var limit = Money.Usd(usd);
                var other = Money.Usd(more);
                if (Home.Currency != limit.Currency) return Home;
                if (limit.Currency != other.Currency) return Home;
                return Home + other;
            }
        }
        """);

    /// <summary>AIR0001 FALSE REPORT: Home.Currency.Equals(limit.Currency) is false / is true guards nothing for AIR0001, though AIR0004.md reads is true / is false and AIR0001.md lists a.Currency.Equals(b.Currency) as a test of two values. Shown reads an is-pattern only when it mentions a currency; read a bool constant pattern as the test itself (holds flipped for false).</summary>
    [Fact]
    public Task AIR0001_is_false_guard_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Over(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (Home.Currency.Equals(limit.Currency) is false) return false;
                return Home > limit;
            }
            bool Within(decimal usd)
            {
                var limit = Money.Usd(usd);
                return Home.Currency.Equals(limit.Currency) is true && Home < limit;
            }
        }
        """);

    /// <summary>AIR0001: string.Equals with Ordinal and an else-if chain every branch of which leaves guard the use of both.</summary>
    [Fact]
    public Task AIR0001_ordinal_string_equals_and_else_if_guards_DoesNotReport() => VerifyMismatch.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            static readonly Money Home = Money.Cny(10m);
            bool Under(decimal usd)
            {
                var limit = Money.Usd(usd);
                if (!string.Equals(Home.Currency.Code, limit.Currency.Code, StringComparison.Ordinal)) return false;
                return Home < limit;
            }
            bool Else(int kind, decimal usd)
            {
                var limit = Money.Usd(usd);
                if (kind > 3) return false;
                else if (kind < 0) throw new ArgumentException();
                else if (Home.Currency != limit.Currency) return false;
                return Home >= limit;
            }
        }
        """);

    /// <summary>AIR0004 FALSE REPORT: new Order { Fee = euros } assigns Fee of a new object, yet the guard of o.Fee is refused. AIR0004.md forbids assigning a member of its path (o.Fee = euros); a new object's member is not on o's path. UnitStrippingRule.AssignsMember matches by member symbol only; skip references whose instance is the implicit receiver of an object initializer or with, and compare the instance with the guarded path.</summary>
    [Fact]
    public Task AIR0004_object_initializer_of_another_object_keeps_the_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using AiRace.Core;
        class Order { public Money Fee { get; init; } }
        class C
        {
            bool Over(Order o, Money cap, Money euros)
            {
                if (o.Fee.Currency != cap.Currency) return false;
                var copy = new Order { Fee = euros };
                return o.Fee.Amount > cap.Amount && copy != null;
            }
        }
        """);

    /// <summary>AIR0004 FALSE REPORT: o with { Fee = euros } builds a copy and leaves o.Fee alone, yet the guard is refused. AIR0004.md forbids assigning a member of the guarded path, which with does not do. Same cause and fix as the object initializer.</summary>
    [Fact]
    public Task AIR0004_with_expression_keeps_the_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using AiRace.Core;
        record Order(Money Fee);
        class C
        {
            bool Over(Order o, Money cap, Money euros)
            {
                if (o.Fee.Currency != cap.Currency) return false;
                var copy = o with { Fee = euros };
                return o.Fee.Amount > cap.Amount && copy != null;
            }
        }
        """);

    /// <summary>AIR0004 FALSE REPORT (debatable: p may alias o): p.Fee = cap on another parameter refuses the guard of o.Fee. AIR0004.md's example of a path member write is o.Fee = euros on the guarded value. AssignsMember ignores the instance; at least a write through a different local or a new object should not count.</summary>
    [Fact]
    public Task AIR0004_write_to_the_same_member_of_another_object_keeps_the_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using AiRace.Core;
        class Order { public Money Fee { get; set; } }
        class C
        {
            bool Over(Order o, Order p, Money cap)
            {
                if (o.Fee.Currency != cap.Currency) return false;
                p.Fee = cap;
                return o.Fee.Amount > cap.Amount;
            }
        }
        """);

    /// <summary>AIR0004 known limit (AIR0004.md says so): var total = a; total += c; then a guard of total and b, then total.Amount &gt; b.Amount is reported because total is written anywhere in the member. A write that precedes the guard in straight-line code (not in a loop around both) cannot change the checked value. Suggested: count only writes that may run between the guard and the use (after the guard, or in a loop enclosing both), and say so in AIR0004.md.</summary>
    [Fact]
    public Task AIR0004_write_before_the_guard_drops_the_guard_Reports() => VerifyStrip.Diagnostics("""
        using AiRace.Core;
        class C
        {
            bool Over(Money a, Money b, Money c)
            {
                // known limit, page says so: a write before the check still drops it
                var total = a;
                total += c;
                if (total.Currency != b.Currency) return false;
                return {|AIR0004:total.Amount > b.Amount|};
            }
        }
        """);

    /// <summary>AIR0004: in a record's method the primary-constructor property is only read.</summary>
    [Fact]
    public Task AIR0004_record_primary_constructor_member_keeps_the_guard_DoesNotReport() => VerifyStrip.NoDiagnostics("""
        using AiRace.Core;
        record Order(Money Fee, Money Cap)
        {
            public bool Over()
            {
                if (Fee.Currency != Cap.Currency) return false;
                return Fee.Amount > Cap.Amount;
            }
        }
        """);

    /// <summary>No rule throws (AD0001) on odd or broken code around the new guard walk and helper flow.</summary>
    [Theory]
    [InlineData("""
        using AiRace.Core;
        var home = Money.Cny(1m); var limit = Money.Usd(2m); int k = 0;
        again: if (k++ < 2) goto again;
        switch (k) { case > 1 when home.Currency != limit.Currency: break; case int n when n < 0: if (home.Currency != limit.Currency) goto default; return; default: var x = home > limit; break; }
        if (home.Currency != limit.Currency) return; else if (k > 2) { goto again; } else if (k < 0) throw new System.Exception();
        _ = home.Amount > limit.Amount;
        """)]
    [InlineData("""
        using System.Collections.Generic;
        using AiRace.Core;
        static class F
        {
            static void Fill<T>(List<T> into, T item) where T : System.Numerics.IMultiplyOperators<T, decimal, T>, Missing => into.Add(item * 2m);
            static void Outer<T>(List<T> into, T item) => Inner(into, item, );
            static void Inner<U>(List<U> into, U item) { if (typeof(U) == ) into.Add(item); }
            static void Use() { var l = new List<Money>(); Fill(l, Money.Eur(1m)); Outer(l, Money.Usd(1m)); var code = Money.Cny(1m).Currency.Code; Money.Of(1m, code + ); }
            static IEnumerable<Money> It(Money a, Money b) { IEnumerable<Money> L() { if (a.Currency != b.Currency) yield break; goto x; x: yield return a + b; } if (a.Currency != b.Currency yield return a; return L(); }
        }
        """)]
    [InlineData("""
        using AiRace.Core;
        class C
        {
            decimal M(Money a, Money b, Money[] xs, int i)
            {
                if (a.Currency != b.Currency) { if (i > 0) return 0; else if (i < 0) return 1; else return 2; }
                else if (xs[i].Currency != a.Currency) return 3;
                switch (a) { case { Currency.Code: "USD" } when b.Currency != a.Currency: return 4; case var m when m.Currency == xs[i++].Currency: return (m + xs[i]).Amount; }
                var o = new { Fee = a } with { Fee = b };
                return a.Amount - b.Amount + xs[i].Amount + o.Fee.Amount;
            }
        }
        """)]
    public async Task Odd_code_does_not_crash_the_rules(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Odd", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer()), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                exceptions.Add(diagnostic.GetMessage());
            }
        }

        exceptions.Should().BeEmpty("a rule must never throw on code being edited");
    }
}
